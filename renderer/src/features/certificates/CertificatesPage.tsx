import { Stack, Tabs, Title } from '@mantine/core';
import { CalibrationTab } from './CalibrationTab';
import { DesignerTab } from './DesignerTab';
import { ImportTab } from './ImportTab';
import { IssueTab } from './IssueTab';
import { SettingsTab } from './SettingsTab';
import { VerifyTab } from './VerifyTab';

/** 证书: issue, output and print, verify, design templates, calibrate printers, import official numbers. */
export function CertificatesPage() {
  return (
    <Stack>
      <Title order={2}>证书</Title>
      <Tabs defaultValue="issue" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="issue">签发与打印</Tabs.Tab>
          <Tabs.Tab value="verify">核验</Tabs.Tab>
          <Tabs.Tab value="designer">模板设计</Tabs.Tab>
          <Tabs.Tab value="calibration">打印校准</Tabs.Tab>
          <Tabs.Tab value="import">导入官方编号</Tabs.Tab>
          <Tabs.Tab value="settings">编号与印章</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="issue" pt="md">
          <IssueTab />
        </Tabs.Panel>
        <Tabs.Panel value="verify" pt="md">
          <VerifyTab />
        </Tabs.Panel>
        <Tabs.Panel value="designer" pt="md">
          <DesignerTab />
        </Tabs.Panel>
        <Tabs.Panel value="calibration" pt="md">
          <CalibrationTab />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportTab />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
