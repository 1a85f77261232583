import { Stack, Tabs, Title } from '@mantine/core';
import { CustomReportTab } from './CustomReportTab';
import { TrainingAppraisalTab } from './TrainingAppraisalTab';

/** 报表: the union's ready-made forms and any figure by any breakdown, each with its records and a workbook. */
export function ReportsPage() {
  return (
    <Stack>
      <Title order={2}>报表</Title>
      <Tabs defaultValue="training" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="training">培训鉴定情况统计表</Tabs.Tab>
          <Tabs.Tab value="custom">自定义统计</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="training" pt="md">
          <TrainingAppraisalTab />
        </Tabs.Panel>
        <Tabs.Panel value="custom" pt="md">
          <CustomReportTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
