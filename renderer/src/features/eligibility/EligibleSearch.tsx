import { Button, Checkbox, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { Input } from '@shared/contract';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { describeRuleVersion } from '@shared/domain/eligibility';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { xlsxMime } from '../../components/files';
import { useDownload } from '../../components/use-download';
import { notifyFailed } from '../../components/notify';
import { SelectionBar } from '../trainees/SelectionBar';

/** "Who may apply for grade G of job type J now, or within N months", with an .xlsx export. */
export function EligibleSearch() {
  const jobTypes = useApiQuery(api.jobTypes.list, { includeRetired: false });
  const [jobTypeId, setJobTypeId] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [months, setMonths] = useState<number | string>(0);
  const [workOnly, setWorkOnly] = useState(false);
  const [query, setQuery] = useState<Input<'eligibility.search'> | null>(null);
  const exporter = useDownload();
  const jobType = jobTypes.data?.find((j) => j.id === jobTypeId);

  const search = () => {
    if (!jobTypeId || !grade) return notifyFailed(new Error('请选择工种和等级'));
    setQuery({
      jobTypeId,
      grade: Number(grade) as Grade,
      withinMonths: Number(months) || 0,
      includeWorkOnly: workOnly,
    });
  };
  const exportRows = async () => {
    if (!query) return;
    const { limit: _limit, ...input } = query;
    await exporter.download(() => api.eligibility.exportSearch(input), xlsxMime);
  };

  return (
    <>
      <Group align="flex-end">
        <Select
          label="工种"
          searchable
          w={240}
          data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
          value={jobTypeId}
          onChange={(v) => {
            setJobTypeId(v);
            setGrade(null);
          }}
        />
        <Select
          label="申报等级"
          w={160}
          data={(jobType?.grades ?? []).map((g) => ({ value: String(g), label: gradeLabel(g) }))}
          value={grade}
          onChange={setGrade}
        />
        <NumberInput
          label="时间范围（个月内，0 为现在）"
          w={200}
          min={0}
          max={120}
          value={months}
          onChange={setMonths}
        />
        <Checkbox
          label="含仅凭工作年限符合者（无本职业等级记录）"
          checked={workOnly}
          onChange={(e) => setWorkOnly(e.currentTarget.checked)}
          mb={8}
        />
        <Button onClick={search}>查询</Button>
      </Group>
      {/* A new query is a new list: its selection starts empty. */}
      {query && (
        <Results
          key={JSON.stringify(query)}
          query={query}
          onExport={() => void exportRows()}
          exporting={exporter.busy}
        />
      )}
    </>
  );
}

function Results({
  query,
  onExport,
  exporting,
}: {
  query: Input<'eligibility.search'>;
  onExport: () => void;
  exporting: boolean;
}) {
  const result = useApiQuery(api.eligibility.search, query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  if (result.error)
    return (
      <Text c="red" mt="md">
        {result.error.message}
      </Text>
    );
  if (!result.data)
    return (
      <Text c="dimmed" mt="md">
        查询中…
      </Text>
    );
  const { data } = result;
  const allSelected = data.rows.length > 0 && data.rows.every((r) => selected.has(r.traineeId));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <>
      <Group justify="space-between" mt="md">
        <Text size="sm">
          截至 {data.asOf} 可申报 <b>{data.total.toLocaleString('zh-CN')}</b> 人（核查{' '}
          {data.candidates.toLocaleString('zh-CN')} 名候选学员，依据{describeRuleVersion(data.ruleVersion)}）
          {data.total > data.rows.length ? `，下表显示前 ${data.rows.length} 人，完整名单请导出` : ''}
        </Text>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={onExport}
          loading={exporting}
          disabled={data.total === 0}
        >
          导出 Excel
        </Button>
      </Group>
      {selected.size > 0 && <SelectionBar traineeIds={[...selected]} onClear={() => setSelected(new Set())} />}
      <Table striped mt="sm" aria-label="可申报学员">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                size="xs"
                aria-label="全选"
                checked={allSelected}
                indeterminate={!allSelected && selected.size > 0}
                onChange={() => setSelected(allSelected ? new Set() : new Set(data.rows.map((r) => r.traineeId)))}
              />
            </Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>身份证号</Table.Th>
            <Table.Th>工作单位</Table.Th>
            <Table.Th>现等级</Table.Th>
            <Table.Th>说明</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r) => (
            <Table.Tr key={r.traineeId} bg={selected.has(r.traineeId) ? 'blue.0' : undefined}>
              <Table.Td>
                <Checkbox
                  size="xs"
                  aria-label={`选择 ${r.name}`}
                  checked={selected.has(r.traineeId)}
                  onChange={() => toggle(r.traineeId)}
                />
              </Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ff="monospace">{r.idNumberMasked}</Table.Td>
              <Table.Td>{r.enterpriseName}</Table.Td>
              <Table.Td>{r.currentGrade === null ? '—' : gradeLabel(r.currentGrade)}</Table.Td>
              <Table.Td>{r.line}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
