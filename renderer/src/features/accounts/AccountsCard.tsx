import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { AccountRow } from '@shared/contract/accounts';
import { duties, dutyLabels, roleLabels, roles, type Duty, type Role } from '@shared/contract/infra/roles';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatInstant } from '../../components/format';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useSession } from './session-context';

interface Draft {
  id: string | null;
  login: string;
  name: string;
  role: Role;
  duties: Duty[];
}

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

function stateOf(account: AccountRow): { label: string; color: string } {
  if (!account.active) return { label: '已停用', color: 'gray' };
  if (account.lockedUntil && Date.parse(account.lockedUntil) > Date.now())
    return { label: `锁定至 ${formatInstant(account.lockedUntil)}`, color: 'red' };
  if (account.mustChangePassword) return { label: '待改临时密码', color: 'orange' };
  return { label: '正常', color: 'teal' };
}

/** 设置 → 账号与权限 (administrators only): staff accounts, their roles and duties, resets and disabling. */
export function AccountsCard() {
  const { session } = useSession();
  const list = useApiQuery(api.accounts.list, {});
  const create = useApiMutation(api.accounts.create);
  const update = useApiMutation(api.accounts.update);
  const reset = useApiMutation(api.accounts.resetPassword);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [handOver, setHandOver] = useState<{ name: string; login: string; password: string } | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'reset' | 'disable' | 'enable'; account: AccountRow } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const save = () => {
    if (!draft) return;
    setProblem(null);
    const onError = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));
    if (draft.id === null) {
      create.mutate(
        { login: draft.login, name: draft.name, role: draft.role, duties: draft.duties },
        {
          onSuccess: ({ account, temporaryPassword }) => {
            setDraft(null);
            setHandOver({ name: account.name, login: account.login, password: temporaryPassword });
          },
          onError,
        },
      );
    } else {
      const before = list.data?.find((a) => a.id === draft.id);
      update.mutate(
        { id: draft.id, name: draft.name, role: draft.role, duties: draft.duties, active: before?.active ?? true },
        {
          onSuccess: () => {
            setDraft(null);
            notifyDone('账号已修改');
          },
          onError,
        },
      );
    }
  };

  const act = () => {
    if (!confirm) return;
    const { kind, account } = confirm;
    setConfirm(null);
    if (kind === 'reset') {
      reset.mutate(
        { id: account.id },
        {
          onSuccess: ({ temporaryPassword }) =>
            setHandOver({ name: account.name, login: account.login, password: temporaryPassword }),
          onError: notifyFailed,
        },
      );
      return;
    }
    update.mutate(
      { id: account.id, name: account.name, role: account.role, duties: account.duties, active: kind === 'enable' },
      { onSuccess: () => notifyDone(kind === 'enable' ? '账号已启用' : '账号已停用'), onError: notifyFailed },
    );
  };

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>账号与权限</Title>
        <Button onClick={() => setDraft({ id: null, login: '', name: '', role: 'clerk', duties: [] })}>新建账号</Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        管理员可做一切操作；业务员办理日常业务；只读账号只能查看。勾选的权限让业务员也能审批晋升、确认发放或调整库存；由谁录入的，须由另一人确认。
      </Text>
      <Table aria-label="账号" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            <Table.Th>登录名</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th>另有权限</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>最近登录</Table.Th>
            <Table.Th>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((account) => {
            const state = stateOf(account);
            const self = account.id === session.account.id;
            return (
              <Table.Tr key={account.id}>
                <Table.Td>
                  {account.name}
                  {self && (
                    <Text span size="xs" c="dimmed">
                      （本人）
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{account.login}</Table.Td>
                <Table.Td>{roleLabels[account.role]}</Table.Td>
                <Table.Td>
                  {account.role === 'admin' ? '全部' : account.duties.map((d) => dutyLabels[d]).join('、') || '—'}
                </Table.Td>
                <Table.Td>
                  <Badge color={state.color} variant="light">
                    {state.label}
                  </Badge>
                </Table.Td>
                <Table.Td>{account.lastSignInAt ? formatInstant(account.lastSignInAt) : '从未登录'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`修改 ${account.name}`}
                      onClick={() =>
                        setDraft({
                          id: account.id,
                          login: account.login,
                          name: account.name,
                          role: account.role,
                          duties: account.duties,
                        })
                      }
                    >
                      修改
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`重置 ${account.name} 的密码`}
                      onClick={() => setConfirm({ kind: 'reset', account })}
                    >
                      重置密码
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color={account.active ? 'red' : 'teal'}
                      aria-label={`${account.active ? '停用' : '启用'} ${account.name}`}
                      onClick={() => setConfirm({ kind: account.active ? 'disable' : 'enable', account })}
                    >
                      {account.active ? '停用' : '启用'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>

      <Modal
        opened={draft !== null}
        onClose={() => {
          setDraft(null);
          setProblem(null);
        }}
        title={draft?.id ? '修改账号' : '新建账号'}
        centered
      >
        {draft && (
          <form
            aria-label={draft.id ? '修改账号' : '新建账号'}
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <Stack>
              <TextInput
                label="姓名"
                required
                autoFocus
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              />
              <TextInput
                label="登录名"
                required
                disabled={draft.id !== null}
                description={draft.id ? '登录名开好后不能改' : '字母、数字、点、下划线或连字符'}
                value={draft.login}
                onChange={(e) => setDraft({ ...draft, login: e.currentTarget.value })}
              />
              <Select
                label="角色"
                data={roleOptions}
                allowDeselect={false}
                value={draft.role}
                onChange={(value) => value && setDraft({ ...draft, role: value as Role })}
              />
              <Checkbox.Group
                label="另有权限"
                description={draft.role === 'admin' ? '管理员已有全部权限' : '业务员需要时勾选'}
                value={draft.role === 'admin' ? [...duties] : draft.duties}
                onChange={(value) => setDraft({ ...draft, duties: value as Duty[] })}
              >
                <Stack gap={6} mt={6}>
                  {duties.map((duty) => (
                    <Checkbox key={duty} value={duty} label={dutyLabels[duty]} disabled={draft.role === 'admin'} />
                  ))}
                </Stack>
              </Checkbox.Group>
              {problem && (
                <Alert color="red" role="alert">
                  {problem}
                </Alert>
              )}
              <Button type="submit" loading={create.isPending || update.isPending}>
                {draft.id ? '保存' : '开账号'}
              </Button>
            </Stack>
          </form>
        )}
      </Modal>

      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title="请确认" centered>
        {confirm && (
          <Stack>
            <Text>
              {confirm.kind === 'reset' &&
                `重置 ${confirm.account.name} 的密码？原密码立即失效，已登录的窗口会被退出；您会拿到一个临时密码交给本人。`}
              {confirm.kind === 'disable' &&
                `停用 ${confirm.account.name} 的账号？停用后不能登录，已登录的窗口会被退出；操作记录保留。`}
              {confirm.kind === 'enable' && `重新启用 ${confirm.account.name} 的账号？`}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(null)}>
                取消
              </Button>
              <Button color={confirm.kind === 'enable' ? 'teal' : 'red'} onClick={act}>
                {confirm.kind === 'reset' ? '重置密码' : confirm.kind === 'disable' ? '停用' : '启用'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal opened={handOver !== null} onClose={() => setHandOver(null)} title="临时密码" centered>
        {handOver && (
          <Stack>
            <Text>
              请把临时密码当面交给 {handOver.name}（登录名 {handOver.login}
              ）。它只显示这一次；本人第一次登录后须改成自己的密码。
            </Text>
            <Code fz="lg" ta="center" data-testid="temporary-password">
              {handOver.password}
            </Code>
            <Button onClick={() => setHandOver(null)}>已记下</Button>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
