import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TrainingAppraisalLine } from '../../../../shared/contract/reports';
import type { ReportMeasure } from '../../../../shared/domain/reports/measures';
import { describePeriod } from '../../../../shared/domain/reports/period';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { ChartCard } from './ChartCard';
import { currentQuarter, PeriodPicker, periodOf } from './PeriodPicker';
import { RecordsDrawer, type RecordsRequest } from './RecordsDrawer';
import { TrendChart } from './TrendChart';
import { useReportExport } from './use-report-export';

const figureColumns: {
  measure: ReportMeasure;
  field: 'cohorts' | 'trainedTimes' | 'appraised' | 'passed' | 'certified';
  label: string;
}[] = [
  { measure: 'cohorts', field: 'cohorts', label: '培训班数' },
  { measure: 'trainedTimes', field: 'trainedTimes', label: '培训人次' },
  { measure: 'appraised', field: 'appraised', label: '实考人次' },
  { measure: 'passed', field: 'passed', label: '合格人次' },
  { measure: 'certified', field: 'certified', label: '发证数' },
];

const rate = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

/** 培训鉴定情况统计表: job type × grade for a period; every figure opens to its records. */
export function TrainingAppraisalTab() {
  const [choice, setChoice] = useState(currentQuarter);
  const period = periodOf(choice);
  const report = useApiQuery(api.reports.trainingAppraisal, { period });
  const [drill, setDrill] = useState<RecordsRequest | null>(null);
  const { job, exportReport } = useReportExport();
  const open = (measure: ReportMeasure, label: string, line?: TrainingAppraisalLine) =>
    setDrill({
      measure,
      period,
      filters: line
        ? [
            { dimension: 'jobType', key: line.jobTypeId },
            { dimension: 'grade', key: String(line.grade) },
          ]
        : [],
      title: `${describePeriod(period)} ${line ? `${line.jobTypeName} ${line.gradeLabel}` : '合计'}：${label}`,
    });
  const data = report.data;
  const figure = (measure: ReportMeasure, label: string, value: number, line?: TrainingAppraisalLine) =>
    value === 0 ? (
      '0'
    ) : (
      <Anchor component="button" onClick={() => open(measure, label, line)}>
        {value}
      </Anchor>
    );
  return (
    <Stack>
      <JobProgressDialog job={job} />
      <Group justify="space-between">
        <PeriodPicker value={choice} onChange={setChoice} />
        <Button
          disabled={!data}
          onClick={() =>
            void exportReport(
              { report: 'trainingAppraisal', period },
              `培训鉴定情况统计表-${describePeriod(period)}.xlsx`,
            )
          }
        >
          导出 Excel
        </Button>
      </Group>
      {report.error && <Alert color="red">{report.error.message}</Alert>}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            统计期间：{data.periodLabel}。培训按培训班结束日期、鉴定按成绩公布日期、发证按发证日期计；点数字可查看明细。
          </Text>
          <Table aria-label="培训鉴定情况统计表" striped withTableBorder withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>职业（工种）</Table.Th>
                <Table.Th>等级</Table.Th>
                {figureColumns.slice(0, 4).map((c) => (
                  <Table.Th key={c.field}>{c.label}</Table.Th>
                ))}
                <Table.Th>合格率</Table.Th>
                <Table.Th>发证数</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.lines.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={8}>
                    <Text size="sm" c="dimmed">
                      这一期间没有培训、鉴定或发证记录。
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {data.lines.map((line) => (
                <Table.Tr key={`${line.jobTypeId}-${line.grade}`}>
                  <Table.Td>{line.jobTypeName}</Table.Td>
                  <Table.Td>{line.gradeLabel}</Table.Td>
                  {figureColumns.slice(0, 4).map((c) => (
                    <Table.Td key={c.field}>{figure(c.measure, c.label, line[c.field], line)}</Table.Td>
                  ))}
                  <Table.Td>{rate(line.passRate)}</Table.Td>
                  <Table.Td>{figure('certified', '发证数', line.certified, line)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td>合计</Table.Td>
                <Table.Td />
                {figureColumns.slice(0, 4).map((c) => (
                  <Table.Td key={c.field}>{figure(c.measure, c.label, data.totals[c.field])}</Table.Td>
                ))}
                <Table.Td>{rate(data.totals.passRate)}</Table.Td>
                <Table.Td>{figure('certified', '发证数', data.totals.certified)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ChartCard title="各工种合格率">
              <BarChart
                h={260}
                data={data.lines
                  .filter((l) => l.passRate !== null)
                  .map((l) => ({ name: `${l.jobTypeName}${l.gradeLabel.slice(0, 2)}`, 合格率: l.passRate }))}
                dataKey="name"
                series={[{ name: '合格率', color: 'teal.6' }]}
                unit="%"
                yAxisProps={{ domain: [0, 100] }}
              />
            </ChartCard>
            <TrendChart period={period} title="月度趋势" />
          </SimpleGrid>
        </>
      )}
      <RecordsDrawer request={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
