import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  dimensionLabels,
  measureDimensions,
  measureInfo,
  reportMeasures,
  type ReportDimension,
  type ReportMeasure,
} from '../../../../shared/domain/reports/measures';
import { describePeriod } from '../../../../shared/domain/reports/period';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { ChartCard } from './ChartCard';
import { currentQuarter, PeriodPicker, periodOf } from './PeriodPicker';
import { RecordsDrawer, type RecordsRequest } from './RecordsDrawer';
import { useReportExport } from './use-report-export';

/** Any measure over any period, by one or two breakdowns; every figure opens to its records. */
export function CustomReportTab() {
  const [choice, setChoice] = useState(currentQuarter);
  const [measure, setMeasure] = useState<ReportMeasure>('trainedTimes');
  const [rows, setRows] = useState<ReportDimension>('jobType');
  const [columns, setColumns] = useState<ReportDimension | null>(null);
  const period = periodOf(choice);
  const allowed = measureDimensions[measure];
  const validColumns = columns && columns !== rows && allowed.includes(columns) ? columns : undefined;
  const validRows = allowed.includes(rows) ? rows : allowed[0]!;
  const choices = { measure, period, rows: validRows, columns: validColumns };
  const table = useApiQuery(api.reports.run, choices);
  const [drill, setDrill] = useState<RecordsRequest | null>(null);
  const { job, exportReport } = useReportExport();
  const data = table.data;
  const format = (value: number | null) =>
    value === null ? '—' : measure === 'passRate' ? `${value.toFixed(1)}%` : value.toLocaleString('zh-CN');
  const cell = (value: number | null, filters: RecordsRequest['filters'], where: string) =>
    !value ? (
      format(value)
    ) : (
      <Anchor
        component="button"
        onClick={() =>
          setDrill({
            measure,
            period,
            filters,
            title: `${describePeriod(period)} ${where}：${measureInfo[measure].label}`,
          })
        }
      >
        {format(value)}
      </Anchor>
    );
  const options = allowed.map((d) => ({ value: d, label: dimensionLabels[d] }));
  return (
    <Stack>
      <JobProgressDialog job={job} />
      <Group align="end" justify="space-between">
        <Group align="end" gap="xs">
          <Select
            label="统计指标"
            w={140}
            data={reportMeasures.map((m) => ({ value: m, label: measureInfo[m].label }))}
            value={measure}
            onChange={(m) => m && setMeasure(m as ReportMeasure)}
            allowDeselect={false}
          />
          <Select
            label="行"
            w={120}
            data={options}
            value={validRows}
            onChange={(d) => d && setRows(d as ReportDimension)}
            allowDeselect={false}
          />
          <Select
            label="列（可不选）"
            w={120}
            data={options.filter((o) => o.value !== validRows)}
            value={validColumns ?? null}
            onChange={(d) => setColumns(d as ReportDimension | null)}
            clearable
          />
          <PeriodPicker value={choice} onChange={setChoice} />
        </Group>
        <Button
          disabled={!data}
          onClick={() =>
            void exportReport(
              { report: 'custom', choices },
              `${measureInfo[measure].label}统计表-${describePeriod(period)}.xlsx`,
            )
          }
        >
          导出 Excel
        </Button>
      </Group>
      {table.error && <Alert color="red">{table.error.message}</Alert>}
      {data && (
        <>
          <Text size="sm" c="dimmed">
            {data.periodLabel}，单位：{data.unit}。{data.note}。
          </Text>
          <Table aria-label="统计结果" striped withTableBorder withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{dimensionLabels[data.rowDimension]}</Table.Th>
                {data.columnDimension && data.columns.map((c) => <Table.Th key={c.key}>{c.label}</Table.Th>)}
                <Table.Th>合计</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r, i) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.label}</Table.Td>
                  {data.columnDimension &&
                    data.columns.map((c, j) => (
                      <Table.Td key={c.key}>
                        {cell(
                          data.values[i]![j]!,
                          [
                            { dimension: data.rowDimension, key: r.key },
                            { dimension: data.columnDimension!, key: c.key },
                          ],
                          `${r.label} ${c.label}`,
                        )}
                      </Table.Td>
                    ))}
                  <Table.Td>
                    {cell(data.rowTotals[i]!, [{ dimension: data.rowDimension, key: r.key }], r.label)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td>合计</Table.Td>
                {data.columnDimension &&
                  data.columns.map((c, j) => (
                    <Table.Td key={c.key}>
                      {cell(data.columnTotals[j]!, [{ dimension: data.columnDimension!, key: c.key }], c.label)}
                    </Table.Td>
                  ))}
                <Table.Td>{cell(data.total, [], '合计')}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          {data.rows.length > 0 && (
            <ChartCard title={`${data.measureLabel}（按${dimensionLabels[data.rowDimension]}）`}>
              <BarChart
                h={280}
                data={data.rows.slice(0, 30).map((r, i) => ({ name: r.label, value: data.rowTotals[i] ?? 0 }))}
                dataKey="name"
                series={[{ name: 'value', label: data.measureLabel, color: 'blue.6' }]}
              />
            </ChartCard>
          )}
        </>
      )}
      <RecordsDrawer request={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}
