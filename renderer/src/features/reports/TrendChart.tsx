import { LineChart } from '@mantine/charts';
import type { Period } from '../../../../shared/domain/reports/period';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ChartCard } from './ChartCard';

/** Trained, passed and promoted by month: the picture the dashboard and the report screen open with. */
export function TrendChart({ period, title }: { period: Period; title: string }) {
  const trend = useApiQuery(api.reports.trend, { period });
  const data = (trend.data ?? []).map((m) => ({ ...m, label: `${Number(m.month.slice(5))}月` }));
  return (
    <ChartCard title={title}>
      <LineChart
        h={240}
        data={data}
        dataKey="label"
        withLegend
        series={[
          { name: 'trainedTimes', label: '培训人次', color: 'blue.6' },
          { name: 'passed', label: '鉴定合格', color: 'teal.6' },
          { name: 'promoted', label: '技能晋升', color: 'orange.6' },
        ]}
        curveType="linear"
      />
    </ChartCard>
  );
}
