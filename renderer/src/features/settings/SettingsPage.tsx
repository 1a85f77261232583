import { Stack, Title } from '@mantine/core';
import { CityCard } from '../city/CityCard';
import { AuditLogCard } from './AuditLogCard';
import { BackupCard } from './BackupCard';
import { BaseProfileForm } from './BaseProfileForm';
import { SystemInfoCard } from './SystemInfoCard';

export function SettingsPage() {
  return (
    <Stack maw={1000}>
      <Title order={2}>设置</Title>
      <BaseProfileForm />
      <SystemInfoCard />
      <BackupCard />
      <CityCard />
      <AuditLogCard />
    </Stack>
  );
}
