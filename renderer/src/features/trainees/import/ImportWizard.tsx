import { notifyFailed } from '../../../components/notify';
import { Alert, Button, FileButton, Group, Modal, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SheetRead } from '../../../../../shared/contract/sheet';
import type { ImportPreview } from '../../../../../shared/contract/trainee-import';
import { api, transport } from '../../../api/client';
import { fileToBase64 } from '../../../components/files';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';

type Step =
  | { name: 'choose' }
  | { name: 'reading'; fileName: string; rows: number }
  | { name: 'mapping'; fileName: string; sheet: SheetRead }
  | { name: 'preview'; fileName: string; sheet: SheetRead; preview: ImportPreview }
  | { name: 'committing'; rows: number }
  | { name: 'done'; message: string };

/** Excel import: choose a file → check the column mapping → preview every row → commit the valid rows. */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [busy, setBusy] = useState(false);
  const [jobId] = useState(() => `import-${Date.now()}`);

  useEffect(
    () =>
      transport.onEvent((event) => {
        if (event.name === 'job.progress' && event.payload.jobId === jobId) {
          setStep((s) => (s.name === 'reading' ? { ...s, rows: event.payload.done } : s));
        }
      }),
    [jobId],
  );


  const read = async (file: File | null) => {
    if (!file) return;
    setStep({ name: 'reading', fileName: file.name, rows: 0 });
    try {
      const sheet = await api.trainees.readImportFile({ fileName: file.name, base64: await fileToBase64(file), jobId });
      setStep({ name: 'mapping', fileName: file.name, sheet });
    } catch (error) {
      notifyFailed(error);
      setStep({ name: 'choose' });
    }
  };

  const preview = async (sheet: SheetRead, fileName: string) => {
    setBusy(true);
    try {
      const result = await api.trainees.previewImport({ headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
      setStep({ name: 'preview', fileName, sheet, preview: result });
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };

  const commit = async (previewStep: Extract<Step, { name: 'preview' }>) => {
    const { sheet, preview } = previewStep;
    setStep({ name: 'committing', rows: preview.counts.new + preview.counts.update });
    try {
      const r = await api.trainees.commitImport({ headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows });
      const n = (count: number) => count.toLocaleString('zh-CN');
      const enterprises = r.enterprisesCreated ? `，新建企业 ${n(r.enterprisesCreated)} 家` : '';
      setStep({ name: 'done', message: `导入完成：新增 ${n(r.created)} 人，更新 ${n(r.updated)} 人，未导入 ${n(r.skipped)} 行（错误或无变化）${enterprises}。` });
    } catch (error) {
      notifyFailed(error);
      setStep(previewStep);
    }
  };

  return (
    <Modal opened onClose={onClose} title="从 Excel 导入学员" size="80rem">
      {step.name === 'choose' && (
        <Paper withBorder p="xl">
          <Stack align="center">
            <IconFileSpreadsheet size={40} stroke={1.4} />
            <Text>选择企业报来的 .xlsx 或 .csv 文件（Excel、WPS 均可）。表头上方的标题行会自动跳过。</Text>
            <FileButton accept=".xlsx,.csv" onChange={(f) => void read(f)}>
              {(props) => <Button {...props}>选择文件…</Button>}
            </FileButton>
          </Stack>
        </Paper>
      )}
      {step.name === 'reading' && (
        <Stack>
          <Text>正在读取 {step.fileName}：已读取 {step.rows.toLocaleString('zh-CN')} 行…</Text>
          <Progress value={100} animated />
        </Stack>
      )}
      {step.name === 'mapping' && (
        <MappingStep
          sheet={step.sheet}
          busy={busy}
          onChange={(sheet) => setStep({ ...step, sheet })}
          onNext={() => void preview(step.sheet, step.fileName)}
        />
      )}
      {step.name === 'preview' && (
        <PreviewStep
          sheet={step.sheet}
          preview={step.preview}
          onBack={() => setStep({ name: 'mapping', fileName: step.fileName, sheet: step.sheet })}
          onCommit={() => void commit(step)}
        />
      )}
      {step.name === 'committing' && (
        <Stack>
          <Text>正在写入 {step.rows.toLocaleString('zh-CN')} 名学员：在一个事务中完成，中途出错则一行也不写入…</Text>
          <Progress value={100} animated />
        </Stack>
      )}
      {step.name === 'done' && (
        <Stack>
          <Alert color="teal" title="已导入">{step.message}</Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>完成</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
