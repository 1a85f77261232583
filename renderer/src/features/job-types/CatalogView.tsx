import { Badge, Button, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconPlus, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { JobTypeSummary } from '@shared/contract/job-types';
import { gradeShortLabel } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { xlsxMime } from '../../components/files';
import { useDownload } from '../../components/use-download';
import { ImportCatalogDialog } from './ImportCatalogDialog';
import { JobTypeEditor } from './JobTypeEditor';
import { notifyDone, notifyFailed } from '../../components/notify';

export function CatalogView() {
  const [showRetired, setShowRetired] = useState(true);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useApiQuery(api.jobTypes.list, { includeRetired: showRetired });
  const retire = useApiMutation(api.jobTypes.retire);
  const restore = useApiMutation(api.jobTypes.restore);
  const exporter = useDownload();

  const rows = useMemo(() => {
    const text = filter.trim();
    return (list.data ?? []).filter(
      (j) => text === '' || j.name.includes(text) || j.code.includes(text) || j.industry.includes(text),
    );
  }, [list.data, filter]);

  const exportCatalog = () => exporter.download(() => api.jobTypes.exportXlsx({}), xlsxMime);

  return (
    <>
      <Group justify="space-between">
        <Group>
          <TextInput
            placeholder="按名称、编码或行业筛选"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            w={240}
            aria-label="筛选工种"
          />
          <Switch label="显示已停用" checked={showRetired} onChange={(e) => setShowRetired(e.currentTarget.checked)} />
          <Text size="sm" c="dimmed">
            共 {rows.length} 个工种
          </Text>
        </Group>
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            新增工种
          </Button>
          <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
            导入 Excel
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => void exportCatalog()}
            loading={exporter.busy}
          >
            导出 Excel
          </Button>
        </Group>
      </Group>
      <Table striped highlightOnHover mt="sm" aria-label="工种目录">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>职业编码</Table.Th>
            <Table.Th>工种</Table.Th>
            <Table.Th>行业</Table.Th>
            <Table.Th>等级</Table.Th>
            <Table.Th>持证人数（按最高等级）</Table.Th>
            <Table.Th style={noWrap}>培训班</Table.Th>
            <Table.Th style={noWrap}>状态</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((j) => (
            <CatalogRow
              key={j.id}
              jobType={j}
              onEdit={() => setEditing(j.id)}
              onRetire={() =>
                retire.mutate(
                  { id: j.id },
                  {
                    onSuccess: () => notifyDone(`已停用“${j.name}”：历史记录保留，新开班不再可选`),
                    onError: notifyFailed,
                  },
                )
              }
              onRestore={() =>
                restore.mutate(
                  { id: j.id },
                  { onSuccess: () => notifyDone(`已恢复“${j.name}”`), onError: notifyFailed },
                )
              }
            />
          ))}
        </Table.Tbody>
      </Table>
      {editing && <JobTypeEditor id={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {importing && <ImportCatalogDialog onClose={() => setImporting(false)} />}
    </>
  );
}

const noWrap = { whiteSpace: 'nowrap' } as const;

function CatalogRow({
  jobType: j,
  onEdit,
  onRetire,
  onRestore,
}: {
  jobType: JobTypeSummary;
  onEdit: () => void;
  onRetire: () => void;
  onRestore: () => void;
}) {
  return (
    <Table.Tr c={j.retiredAt ? 'dimmed' : undefined}>
      <Table.Td style={noWrap}>{j.code}</Table.Td>
      <Table.Td>{j.name}</Table.Td>
      <Table.Td>{j.industry}</Table.Td>
      <Table.Td style={noWrap}>{j.grades.map(gradeShortLabel).join(' ')}</Table.Td>
      <Table.Td>
        {j.holders.length === 0 ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Group gap={4}>
            {j.holders.map((h) => (
              <Badge key={h.grade} variant="light" color="gray" radius="sm">
                {gradeShortLabel(h.grade)} {h.count.toLocaleString('zh-CN')}
              </Badge>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>{j.cohortCount}</Table.Td>
      <Table.Td style={noWrap}>
        {j.retiredAt ? (
          <Text size="sm" c="dimmed">
            已停用
          </Text>
        ) : (
          <Text size="sm" c="teal">
            在用
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={`编辑${j.name}`}>
            编辑
          </Button>
          {j.retiredAt ? (
            <Button size="compact-sm" variant="subtle" onClick={onRestore} aria-label={`恢复${j.name}`}>
              恢复
            </Button>
          ) : (
            <Button size="compact-sm" variant="subtle" color="red" onClick={onRetire} aria-label={`停用${j.name}`}>
              停用
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
