import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { PickedFile } from '@shared/contract/infra/bridge';
import type { SheetRead } from '@shared/contract/infra/sheet';
import {
  entryImportFields,
  type CompetitionDetail,
  type EntryImportPreview,
  type EntryImportPreviewRow,
} from '@shared/contract/promotions';
import { api } from '../../api/client';
import { useJob } from '../../api/jobs';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { notifyFailed } from '../../components/notify';
import { PickFileButton } from '../../components/PickFileButton';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';

type Status = EntryImportPreviewRow['status'];
const statusLabels: Record<Status, { label: string; color: string }> = {
  new: { label: '新增选手', color: 'teal' },
  newTrainee: { label: '新登记学员', color: 'blue' },
  update: { label: '更新', color: 'indigo' },
  error: { label: '有问题', color: 'red' },
};

const columns: VirtualColumn<EntryImportPreviewRow>[] = [
  { key: 'row', header: '行号', width: 60, render: (r) => r.rowNumber },
  {
    key: 'status',
    header: '状态',
    width: 100,
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
    render: (r) => <span style={{ fontFamily: 'monospace' }}>{r.idMasked}</span>,
  },
  { key: 'summary', header: '将写入', width: 240, wrap: true, render: (r) => r.summary },
  {
    key: 'errors',
    header: '问题',
    width: 'minmax(280px, 1fr)',
    wrap: true,
    render: (r) => (
      <Text span c="red" size="sm">
        {r.errors.join('；')}
      </Text>
    ),
  },
];

type Step =
  | { name: 'choose' }
  | { name: 'mapping'; sheet: SheetRead }
  | { name: 'preview'; sheet: SheetRead; preview: EntryImportPreview }
  | { name: 'done'; message: string };

/**
 * The sign-up list or result sheet: choose a file → check the columns → every row checked before
 * anything is written (unknown IDs, name mismatches, duplicate or medal ranks twice, a rank without
 * a score, 缺考 beside a rank) → write the rows without problems in one go.
 */
export function EntryImportDialog({ competition, onClose }: { competition: CompetitionDetail; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [shown, setShown] = useState<'all' | Status>('all');
  const [busy, setBusy] = useState(false);
  const job = useJob();
  const fields = entryImportFields
    .filter((f) => !f.key.startsWith('score') || Number(f.key.slice(5)) <= competition.scoreParts.length)
    .map((f) => (f.key.startsWith('score') ? { ...f, label: competition.scoreParts[Number(f.key.slice(5)) - 1]! } : f));
  const input = (sheet: SheetRead) => ({
    competitionId: competition.id,
    headers: sheet.headers,
    mapping: sheet.mapping,
    rows: sheet.rows,
  });

  const read = async (file: PickedFile) => {
    try {
      const sheet = await job.run(api.competitions.readEntrySheet, { competitionId: competition.id }, { file });
      setStep({ name: 'mapping', sheet });
    } catch (error) {
      notifyFailed(error);
    }
  };
  const check = async (sheet: SheetRead) => {
    setBusy(true);
    try {
      const preview = await api.competitions.previewEntryImport(input(sheet));
      setShown(preview.counts.error > 0 ? 'error' : 'all');
      setStep({ name: 'preview', sheet, preview });
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const commit = async (sheet: SheetRead) => {
    setBusy(true);
    try {
      const r = await api.competitions.commitEntryImport(input(sheet));
      setStep({
        name: 'done',
        message: `新增选手 ${r.added} 人，更新 ${r.updated} 人，其中新登记学员 ${r.traineesCreated} 人；有问题未导入 ${r.skipped} 行。`,
      });
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`导入参赛名单与成绩：${competition.name}`} size="80rem">
      <JobProgressDialog job={job} />
      {step.name === 'choose' && (
        <Paper withBorder p="xl">
          <Stack align="center">
            <IconFileSpreadsheet size={40} stroke={1.4} />
            <Text>
              选择报名表或成绩表（.xlsx 或 .csv）。两行表头、“缺考”“--”和表尾的“填报人”行都能识别；写入前逐行列出问题。
            </Text>
            <PickFileButton channel="competitions.readEntrySheet" onPicked={(file) => void read(file)}>
              选择文件…
            </PickFileButton>
          </Stack>
        </Paper>
      )}
      {step.name === 'mapping' && (
        <Stack>
          <Text size="sm">
            工作表“{step.sheet.sheetName}”，共 {step.sheet.rows.length} 行数据。请核对每一项对应的列：
          </Text>
          <SimpleGrid cols={4}>
            {fields.map((field) => (
              <Select
                key={field.key}
                label={field.label}
                withAsterisk={'required' in field && field.required}
                placeholder="不导入"
                clearable
                data={step.sheet.headers.map((h, i) => ({
                  value: String(i),
                  label: `第 ${i + 1} 列：${h || '（无表头）'}`,
                }))}
                value={step.sheet.mapping[field.key] == null ? null : String(step.sheet.mapping[field.key])}
                onChange={(v) =>
                  setStep({
                    ...step,
                    sheet: {
                      ...step.sheet,
                      mapping: { ...step.sheet.mapping, [field.key]: v === null ? null : Number(v) },
                    },
                  })
                }
              />
            ))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button loading={busy} onClick={() => void check(step.sheet)}>
              检查每一行
            </Button>
          </Group>
        </Stack>
      )}
      {step.name === 'preview' && (
        <Stack>
          <Group gap="xs">
            {(Object.keys(statusLabels) as Status[]).map((s) => (
              <Badge key={s} size="lg" color={statusLabels[s].color} variant="light" data-testid={`entry-count-${s}`}>
                {statusLabels[s].label} {step.preview.counts[s]}
              </Badge>
            ))}
          </Group>
          {step.preview.counts.error > 0 && (
            <Alert color="red" title={`${step.preview.counts.error} 行有问题，不会导入`}>
              请在表格里改正后重新导入这几行，或先导入其余各行。
            </Alert>
          )}
          <SegmentedControl
            value={shown}
            onChange={(v) => setShown(v as typeof shown)}
            data={[
              { value: 'all', label: '全部' },
              ...(Object.keys(statusLabels) as Status[]).map((s) => ({ value: s, label: statusLabels[s].label })),
            ]}
          />
          <VirtualTable
            label="导入预览"
            columns={columns}
            rows={shown === 'all' ? step.preview.rows : step.preview.rows.filter((r) => r.status === shown)}
            rowKey={(r) => String(r.rowNumber)}
            height={380}
            empty={<Text c="dimmed">没有这类行</Text>}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep({ name: 'mapping', sheet: step.sheet })}>
              返回修改列对应
            </Button>
            <Button
              loading={busy}
              disabled={step.preview.rows.length === step.preview.counts.error}
              onClick={() => void commit(step.sheet)}
            >
              导入没有问题的 {step.preview.rows.length - step.preview.counts.error} 行
            </Button>
          </Group>
        </Stack>
      )}
      {step.name === 'done' && (
        <Stack>
          <Alert color="teal" title="已导入">
            {step.message}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              完成
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
