import { Alert, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SheetRead } from '@shared/contract/infra/sheet';
import type { ImportPreview, ImportPreviewRow, ImportRowStatus } from '@shared/contract/trainees/import';
import { api } from '../../../api/client';
import { xlsxMime } from '../../../components/files';
import { useDownload } from '../../../components/use-download';
import { VirtualTable, type VirtualColumn } from '../../../components/VirtualTable';

const statusLabels: Record<ImportRowStatus, { label: string; color: string }> = {
  new: { label: '新增', color: 'teal' },
  update: { label: '更新', color: 'blue' },
  same: { label: '无变化', color: 'gray' },
  error: { label: '错误', color: 'red' },
};

const columns: VirtualColumn<ImportPreviewRow>[] = [
  { key: 'row', header: '行号', width: 60, render: (r) => r.rowNumber },
  {
    key: 'status',
    header: '状态',
    width: 76,
    render: (r) => (
      <Badge color={statusLabels[r.status].color} variant="light">
        {statusLabels[r.status].label}
      </Badge>
    ),
  },
  { key: 'name', header: '姓名', width: 90, render: (r) => r.name },
  {
    key: 'id',
    header: '身份证号',
    width: 175,
    wrap: true,
    render: (r) => <span style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{r.idMasked}</span>,
  },
  {
    key: 'detail',
    header: '说明',
    width: 'minmax(300px, 1fr)',
    wrap: true,
    render: (r) =>
      r.status === 'error' ? (
        <Text span c="red" size="sm">
          {r.errors.map((e) => `${e.column}：${e.message}`).join('；')}
        </Text>
      ) : r.changes.length ? (
        `将修改：${r.changes.join('、')}`
      ) : (
        ''
      ),
  },
];

export function PreviewStep({
  sheet,
  preview,
  onBack,
  onCommit,
}: {
  sheet: SheetRead;
  preview: ImportPreview;
  onBack: () => void;
  onCommit: () => void;
}) {
  const [shown, setShown] = useState<'all' | ImportRowStatus>(preview.counts.error > 0 ? 'error' : 'all');
  const rows = shown === 'all' ? preview.rows : preview.rows.filter((r) => r.status === shown);
  const writable = preview.counts.new + preview.counts.update;
  const errorsWorkbook = useDownload();
  const downloadErrors = () =>
    errorsWorkbook.download(
      () => api.trainees.importErrorsWorkbook({ headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows }),
      xlsxMime,
    );
  return (
    <Stack>
      <Group gap="xs">
        {(Object.keys(statusLabels) as ImportRowStatus[]).map((status) => (
          <Badge
            key={status}
            size="lg"
            color={statusLabels[status].color}
            variant="light"
            data-testid={`import-count-${status}`}
          >
            {statusLabels[status].label} {preview.counts[status].toLocaleString('zh-CN')}
          </Badge>
        ))}
        {preview.blankRows > 0 && (
          <Text size="sm" c="dimmed">
            （跳过空行 {preview.blankRows}）
          </Text>
        )}
      </Group>
      {preview.newEnterprises.length > 0 && (
        <Alert color="blue" title={`将新建 ${preview.newEnterprises.length} 家企业`}>
          {preview.newEnterprises.slice(0, 30).join('、')}
          {preview.newEnterprises.length > 30 ? ` 等` : ''}
        </Alert>
      )}
      <SegmentedControl
        value={shown}
        onChange={(v) => setShown(v as typeof shown)}
        data={[
          { value: 'all', label: '全部' },
          ...(Object.keys(statusLabels) as ImportRowStatus[]).map((s) => ({ value: s, label: statusLabels[s].label })),
        ]}
      />
      <VirtualTable
        label="导入预览"
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.rowNumber)}
        height={380}
        empty={<Text c="dimmed">没有这类行</Text>}
      />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          返回修改列对应
        </Button>
        <Group>
          {preview.counts.error > 0 && (
            <Button variant="light" color="red" onClick={() => void downloadErrors()}>
              下载错误行（{preview.counts.error}）
            </Button>
          )}
          <Button disabled={writable === 0} onClick={onCommit}>
            导入有效行（{writable.toLocaleString('zh-CN')}）
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
