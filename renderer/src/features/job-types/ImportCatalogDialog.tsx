import { Alert, Button, FileInput, Group, List, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportPreview } from '@shared/contract/job-types';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { fileToBase64 } from '../../components/files';
import { notifyDone, notifyFailed } from '../../components/notify';

/** Reads a catalog workbook, shows what it would change or every bad cell, and applies it in one transaction. */
export function ImportCatalogDialog({ onClose }: { onClose: () => void }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const apply = useApiMutation(api.jobTypes.applyImport);

  const read = async (file: File | null) => {
    setPreview(null);
    if (!file) return;
    setReading(true);
    try {
      setPreview(await api.jobTypes.previewImport({ base64: await fileToBase64(file) }));
    } catch (error) {
      notifyFailed(error as Error);
    } finally {
      setReading(false);
    }
  };
  const fresh = preview?.rows.filter((r) => !r.exists).length ?? 0;

  return (
    <Modal opened onClose={onClose} title="导入工种目录" size="lg">
      <Text size="sm" c="dimmed">
        每行一个工种的一个等级（可先“导出
        Excel”作为模板）。按职业编码匹配：已有的更新，没有的新增；申报条件的本工种调整不受影响。
      </Text>
      <FileInput
        mt="sm"
        label="Excel 文件（.xlsx）"
        accept=".xlsx"
        onChange={(file) => void read(file)}
        disabled={reading}
      />
      {preview && preview.issues.length > 0 && (
        <Alert color="red" mt="md" title={`有 ${preview.issues.length} 处错误，改正后重新选择文件`}>
          <List size="sm">
            {preview.issues.slice(0, 50).map((i) => (
              <List.Item key={`${i.row}-${i.field}-${i.message}`}>{i.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview && preview.issues.length === 0 && (
        <Alert color="teal" mt="md">
          将新增 {fresh} 个工种，更新 {preview.rows.length - fresh} 个工种。
        </Alert>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          取消
        </Button>
        <Button
          disabled={!preview || preview.issues.length > 0 || preview.rows.length === 0}
          loading={apply.isPending}
          onClick={() =>
            apply.mutate(
              { rows: preview!.rows.map(({ exists: _exists, ...row }) => row) },
              {
                onSuccess: (r) => {
                  notifyDone(`已导入：新增 ${r.created} 个，更新 ${r.updated} 个`);
                  onClose();
                },
                onError: notifyFailed,
              },
            )
          }
        >
          导入
        </Button>
      </Group>
    </Modal>
  );
}
