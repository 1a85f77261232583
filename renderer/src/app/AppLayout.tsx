import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import { useApiQuery, useRefetchOnDataChange } from '../api/hooks';
import { AccountMenu } from '../features/accounts/AccountMenu';
import { areas } from './areas';

export function AppLayout() {
  useRefetchOnDataChange();
  const location = useLocation();
  const profile = useApiQuery(api.settings.getBaseProfile, {});
  const baseName = profile.data?.name || '未设置基地名称';

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 188, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={3} c="indigo.8">
              匠训
            </Title>
            <Text size="sm" c="dimmed">
              产业工人技能实训基地
            </Text>
          </Group>
          <Group gap="md">
            <Text size="sm" fw={500} data-testid="header-base-name">
              {baseName}
            </Text>
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <nav aria-label="主导航">
          {areas.map((area) => (
            <NavLink
              key={area.path}
              component={RouterLink}
              to={area.path}
              label={area.label}
              leftSection={<area.icon size={18} stroke={1.6} />}
              active={area.path === '/' ? location.pathname === '/' : location.pathname.startsWith(area.path)}
            />
          ))}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
