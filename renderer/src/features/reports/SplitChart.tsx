import { BarChart } from '@mantine/charts';
import type { ReportDimension } from '../../../../shared/domain/reports/measures';
import type { Period } from '../../../../shared/domain/reports/period';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ChartCard } from './ChartCard';

/** Person-times trained in the period split by a breakdown (district, job type), the largest first. */
export function SplitChart({ period, by, title }: { period: Period; by: ReportDimension; title: string }) {
  const table = useApiQuery(api.reports.run, { measure: 'trainedTimes', period, rows: by });
  const data = (table.data?.rows ?? [])
    .map((r, i) => ({ name: r.label, 培训人次: table.data!.rowTotals[i] ?? 0 }))
    .sort((a, b) => b.培训人次 - a.培训人次)
    .slice(0, 15);
  return (
    <ChartCard title={title}>
      <BarChart h={240} data={data} dataKey="name" series={[{ name: '培训人次', color: 'indigo.6' }]} />
    </ChartCard>
  );
}
