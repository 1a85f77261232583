import { notifyFailed } from '../../../components/notify';
import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { PickedFile } from '@shared/contract/infra/bridge';
import type { SheetRead } from '@shared/contract/infra/sheet';
import type { ImportPreview } from '@shared/contract/trainees/import';
import { api } from '../../../api/client';
import { useJob } from '../../../api/jobs';
import { JobProgressDialog } from '../../../components/JobProgressDialog';
import { PickFileButton } from '../../../components/PickFileButton';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';

type Step =
  | { name: 'choose' }
  | { name: 'mapping'; fileName: string; sheet: SheetRead }
  | { name: 'preview'; fileName: string; sheet: SheetRead; preview: ImportPreview }
  | { name: 'done'; message: string };

/** Excel import: choose a file → check the column mapping → preview every row → commit the valid rows. */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  // Reading, checking and writing each run as a job: a moving bar, and 取消 that undoes everything.
  const job = useJob();

  const read = async (file: PickedFile) => {
    try {
      const sheet = await job.run(api.trainees.readImportFile, {}, { file });
      setStep({ name: 'mapping', fileName: file.name, sheet });
    } catch (error) {
      notifyFailed(error);
    }
  };

  const preview = async (sheet: SheetRead, fileName: string) => {
    try {
      const result = await job.run(api.trainees.previewImport, {
        headers: sheet.headers,
        mapping: sheet.mapping,
        rows: sheet.rows,
      });
      setStep({ name: 'preview', fileName, sheet, preview: result });
    } catch (error) {
      notifyFailed(error);
    }
  };

  const commit = async (previewStep: Extract<Step, { name: 'preview' }>) => {
    const { sheet } = previewStep;
    try {
      const r = await job.run(api.trainees.commitImport, {
        headers: sheet.headers,
        mapping: sheet.mapping,
        rows: sheet.rows,
      });
      const n = (count: number) => count.toLocaleString('zh-CN');
      const enterprises = r.enterprisesCreated ? `，新建企业 ${n(r.enterprisesCreated)} 家` : '';
      setStep({
        name: 'done',
        message: `导入完成：新增 ${n(r.created)} 人，更新 ${n(r.updated)} 人，未导入 ${n(r.skipped)} 行（错误或无变化）${enterprises}。`,
      });
    } catch (error) {
      notifyFailed(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title="从 Excel 导入学员" size="80rem">
      <JobProgressDialog job={job} />
      {step.name === 'choose' && (
        <Paper withBorder p="xl">
          <Stack align="center">
            <IconFileSpreadsheet size={40} stroke={1.4} />
            <Text>选择企业报来的 .xlsx 或 .csv 文件（Excel、WPS 均可）。表头上方的标题行会自动跳过。</Text>
            <PickFileButton channel="trainees.readImportFile" onPicked={(file) => void read(file)}>
              选择文件…
            </PickFileButton>
          </Stack>
        </Paper>
      )}
      {step.name === 'mapping' && (
        <MappingStep
          sheet={step.sheet}
          busy={job.state !== null}
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
      {step.name === 'done' && (
        <Stack>
          <Alert color="teal" title="已导入">
            {step.message}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>完成</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
