import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { levelLabels } from '@shared/domain/competitions/levels';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { CompetitionForm } from './CompetitionForm';

const thisYear = new Date().getFullYear();
const yearOptions = [
  { value: '', label: '全部年度' },
  ...Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({ value: y, label: `${y} 年` })),
];

/** 技能竞赛: every competition the base recorded, newest first; a row opens its entries and results. */
export function CompetitionListPage() {
  const navigate = useNavigate();
  const [year, setYear] = useState('');
  const [q, setQ] = useState('');
  const [search] = useDebouncedValue(q, 250);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery(api.competitions.list, { year: year ? Number(year) : null, q: search });
  const open = (id: string) => void navigate(`/competitions?id=${id}`);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>技能竞赛</Title>
        <Button onClick={() => setCreating(true)}>新建竞赛</Button>
      </Group>
      <Group>
        <Select
          aria-label="年度"
          data={yearOptions}
          value={year}
          onChange={(v) => setYear(v ?? '')}
          allowDeselect={false}
          w={140}
        />
        <TextInput
          aria-label="查找竞赛"
          placeholder="竞赛名称、届次或工种"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
      </Group>
      {list.error && <Text c="red">{list.error.message}</Text>}
      <Table highlightOnHover aria-label="竞赛列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>竞赛</Table.Th>
            <Table.Th>级别</Table.Th>
            <Table.Th>年度</Table.Th>
            <Table.Th>工种</Table.Th>
            <Table.Th>结束日期</Table.Th>
            <Table.Th>选手</Table.Th>
            <Table.Th>结果</Table.Th>
            <Table.Th>晋升</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.map((c) => (
            <Table.Tr
              key={c.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => open(c.id)}
              onKeyDown={(e) => e.key === 'Enter' && open(c.id)}
            >
              <Table.Td>
                {c.name}
                {c.edition && (
                  <Text span c="dimmed" fz="xs">
                    {' '}
                    {c.edition}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {levelLabels[c.level]}
                {!c.inPlan && (
                  <Badge ml={6} size="xs" color="gray" variant="light">
                    未纳入计划
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{c.year}</Table.Td>
              <Table.Td>{c.jobTypeName ?? '—'}</Table.Td>
              <Table.Td>{c.endDate ?? '未定'}</Table.Td>
              <Table.Td>{c.entries}</Table.Td>
              <Table.Td>
                <Badge color={c.published ? 'teal' : 'gray'} variant="light">
                  {c.published ? '已发布' : '未发布'}
                </Badge>
              </Table.Td>
              <Table.Td>{c.promotions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && (
        <Text c="dimmed">
          {year === '' && search === '' ? '还没有竞赛。点“新建竞赛”登记一场。' : '没有符合条件的竞赛。'}
        </Text>
      )}
      {creating && <CompetitionForm onClose={() => setCreating(false)} onSaved={open} />}
    </Stack>
  );
}
