import { Button, Menu, Modal, Text } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { roleLabels } from '@shared/contract/infra/roles';
import { notifyDone } from '../../components/notify';
import { useSession } from './session-context';
import { ChangePasswordForm } from './SignInScreens';

/** The signed-in person in the header: 修改密码, 锁屏 and 退出登录. */
export function AccountMenu() {
  const { session, lock, signOut, refreshed } = useSession();
  const [changing, setChanging] = useState(false);
  const { account } = session;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" rightSection={<IconChevronDown size={14} />} aria-label="当前账号">
            <Text size="sm" span data-testid="header-account-name">
              {account.name}
            </Text>
            <Text size="xs" c="dimmed" span ml={6}>
              {roleLabels[account.role]}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {account.name}（{account.login}）
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            修改密码
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={lock}>
            锁屏
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={signOut}>
            退出登录
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title="修改密码" centered>
        <ChangePasswordForm
          login={account.login}
          onChanged={(next) => {
            setChanging(false);
            refreshed(next);
            notifyDone('密码已修改，下次请用新密码登录');
          }}
        />
      </Modal>
    </>
  );
}
