import {
  Badge,
  Button,
  Card,
  Group,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { cohortListLimit, type BaseOverviewRow } from '@shared/contract/cohorts/cohorts';
import { cohortStages, stageLabels, type CohortStage } from '@shared/domain/cohorts/lifecycle';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { CohortForm } from './CohortForm';

export const stageColors: Record<CohortStage, string> = {
  planning: 'gray',
  enrolling: 'blue',
  training: 'indigo',
  awaiting: 'orange',
  appraised: 'teal',
  closed: 'dark',
};

function OverviewCard({ title, rows }: { title: string; rows: BaseOverviewRow[] }) {
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {/* Every row (86 job types, every month), scrolled inside the card. */}
      <ScrollArea.Autosize mah={300}>
        <Table fz="sm" striped stickyHeader aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>班数</Table.Th>
              <Table.Th>报名</Table.Th>
              <Table.Th>合格</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td>{r.cohorts.toLocaleString('zh-CN')}</Table.Td>
                <Table.Td>{r.enrolled.toLocaleString('zh-CN')}</Table.Td>
                <Table.Td>{r.passed.toLocaleString('zh-CN')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Card>
  );
}

export function CohortListPage() {
  const navigate = useNavigate();
  const [stage, setStage] = useState<CohortStage | 'all'>('all');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [search] = useDebouncedValue(q, 250);
  const list = useApiQuery(api.cohorts.list, { stages: stage === 'all' ? [] : [stage], q: search });
  const overview = useApiQuery(api.cohorts.overview, {});
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>培训班</Title>
        <Button onClick={() => setCreating(true)}>新建培训班</Button>
      </Group>
      {overview.data && (
        <SimpleGrid cols={3}>
          <OverviewCard title="按阶段" rows={overview.data.byStage} />
          <OverviewCard title="按工种" rows={overview.data.byJobType} />
          <OverviewCard title="按开班月份" rows={overview.data.byMonth} />
        </SimpleGrid>
      )}
      <Group>
        <SegmentedControl
          value={stage}
          onChange={(v) => setStage(v as CohortStage | 'all')}
          data={[{ value: 'all', label: '全部' }, ...cohortStages.map((s) => ({ value: s, label: stageLabels[s] }))]}
        />
        <TextInput placeholder="班级名称、工种或期次" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={240} />
      </Group>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>班级</Table.Th>
            <Table.Th>工种</Table.Th>
            <Table.Th>等级</Table.Th>
            <Table.Th>阶段</Table.Th>
            <Table.Th>开班日期</Table.Th>
            <Table.Th>报名/容量</Table.Th>
            <Table.Th>合格</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.map((c) => (
            <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/cohorts?id=${c.id}`)}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>
                {c.jobTypeName}{' '}
                <Text span c="dimmed" fz="xs">
                  {c.jobTypeCode}
                </Text>
              </Table.Td>
              <Table.Td>{gradeLabel(c.grade as Grade)}</Table.Td>
              <Table.Td>
                <Badge color={stageColors[c.stage]}>{stageLabels[c.stage]}</Badge>
              </Table.Td>
              <Table.Td>{c.startDate ?? '未定'}</Table.Td>
              <Table.Td>
                {c.enrolled} / {c.capacity}
              </Table.Td>
              <Table.Td>{c.passed}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && (
        <Text c="dimmed">{stage === 'all' && search === '' ? '还没有培训班。' : '没有符合条件的培训班。'}</Text>
      )}
      {list.data?.length === cohortListLimit && (
        <Text size="sm" c="dimmed">
          只列出开班日期最新的 {cohortListLimit} 个班；更早的请按阶段筛选或输入班级名称、工种、期次查找。
        </Text>
      )}
      {creating && (
        <CohortForm onClose={() => setCreating(false)} onSaved={(id) => void navigate(`/cohorts?id=${id}`)} />
      )}
    </Stack>
  );
}
