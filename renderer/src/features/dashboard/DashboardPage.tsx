import { Alert, Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { roleAllows } from '@shared/contract/infra/roles';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { AuditLogCard } from '../settings/AuditLogCard';
import { formatCount, StatCard } from './StatCard';
import { yearPeriod } from '../../../../shared/domain/reports/period';
import { SplitChart } from '../reports/SplitChart';
import { TrendChart } from '../reports/TrendChart';

export function DashboardPage() {
  const profile = useApiQuery(api.settings.getBaseProfile, {});
  const summary = useApiQuery(api.dashboard.summary, {});
  const info = useApiQuery(api.system.info, {});
  const named = Boolean(profile.data?.name);
  const s = summary.data;
  return (
    <Stack maw={1100}>
      <Title order={2}>工作台</Title>
      {profile.data && !named && (
        <Alert color="yellow" title="请先填写基地信息">
          基地名称、统一社会信用代码和发证机构会印在花名册和证书上。
          <Anchor component={Link} to="/settings" ml="xs">
            去填写
          </Anchor>
        </Alert>
      )}
      {named && (
        <Card withBorder padding="lg">
          <Text size="lg" fw={600}>
            {profile.data?.name}
          </Text>
          <Text size="sm" c="dimmed">
            {profile.data?.address || '地址未填写'}
          </Text>
        </Card>
      )}
      {summary.error && (
        <Alert color="red" title="统计读取失败">
          {summary.error.message}
        </Alert>
      )}
      {s && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <StatCard
              label="登记学员"
              value={formatCount(s.trainees.total)}
              detail={`${s.year} 年新登记 ${formatCount(s.trainees.registeredThisYear)} 人`}
              to="/trainees"
            />
            <StatCard label="合作企业" value={formatCount(s.enterprises)} to="/enterprises" />
            <StatCard
              label="在用工种"
              value={formatCount(s.activeJobTypes)}
              detail="工种目录中未停用的工种"
              to="/job-types"
            />
            <StatCard
              label={`${s.year} 年颁发证书`}
              value={formatCount(s.certificatesIssued)}
              detail="不含已作废"
              to="/certificates"
            />
          </SimpleGrid>
          <Title order={4}>培训班（按阶段）</Title>
          <SimpleGrid cols={{ base: 3, md: 6 }}>
            {s.cohortsByStage.map((row) => (
              <StatCard
                key={row.stage}
                label={row.label}
                value={formatCount(row.cohorts)}
                detail="个班"
                to="/cohorts"
              />
            ))}
          </SimpleGrid>
          <Title order={4}>{s.year} 年鉴定与晋升</Title>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <StatCard
              label="参加鉴定"
              value={formatCount(s.appraisals.sat)}
              detail={`人次（实考），另缺考 ${formatCount(s.appraisals.absent)}`}
            />
            <StatCard label="鉴定合格" value={formatCount(s.appraisals.passed)} detail="人次，按成绩公布日期计" />
            <StatCard
              label="合格率"
              value={s.appraisals.passRate === null ? '—' : `${(s.appraisals.passRate * 100).toFixed(1)}%`}
              detail="合格 ÷ 实考"
            />
            <StatCard
              label="技能等级晋升"
              value={formatCount(s.promotions.appraisal + s.promotions.competition + s.promotions.recognition)}
              detail={`考核 ${formatCount(s.promotions.appraisal)} · 竞赛 ${formatCount(s.promotions.competition)} · 破格 ${formatCount(s.promotions.recognition)}`}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <TrendChart period={yearPeriod(s.year)} title={`${s.year} 年月度趋势`} />
            <SplitChart period={yearPeriod(s.year)} by="district" title={`${s.year} 年培训人次（按区县）`} />
          </SimpleGrid>
        </>
      )}
      {info.data && roleAllows(info.data.actor.role, 'admin') && <AuditLogCard pageSize={8} title="最近操作" />}
    </Stack>
  );
}
