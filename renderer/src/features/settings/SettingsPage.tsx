import { Stack, Title } from '@mantine/core';
import { AccountsCard } from '../accounts/AccountsCard';
import { useSession } from '../accounts/session-context';
import { CityCard } from '../city/CityCard';
import { AuditLogCard } from './AuditLogCard';
import { BackupCard } from './BackupCard';
import { BaseProfileForm } from './BaseProfileForm';
import { SystemInfoCard } from './SystemInfoCard';

export function SettingsPage() {
  const { session } = useSession();
  return (
    <Stack maw={1000}>
      <Title order={2}>设置</Title>
      <BaseProfileForm />
      <SystemInfoCard />
      {session.account.role === 'admin' && <AccountsCard />}
      <BackupCard />
      <CityCard />
      <AuditLogCard />
    </Stack>
  );
}
