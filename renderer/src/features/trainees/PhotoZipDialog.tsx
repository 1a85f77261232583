import { notifyDone, notifyFailed } from '../../components/notify';
import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { PickedFile } from '@shared/contract/infra/bridge';
import type { PhotoZipPreview } from '@shared/contract/trainees/import';
import type { TraineeFilter } from '@shared/contract/trainees/filter';
import { api } from '../../api/client';
import { useJob } from '../../api/jobs';
import { downloadBase64 } from '../../components/files';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { PickFileButton } from '../../components/PickFileButton';

/** ID photos in bulk: a .zip of <身份证号>.jpg in, or the filtered list's photos out. */
export function PhotoZipDialog({ filter, onClose }: { filter: TraineeFilter; onClose: () => void }) {
  const [zip, setZip] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<PhotoZipPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const job = useJob();

  const choose = async (file: PickedFile) => {
    try {
      setPreview(await job.run(api.trainees.previewPhotoZip, {}, { file }));
      setZip(file);
    } catch (error) {
      notifyFailed(error);
    }
  };
  const importZip = async (file: PickedFile) => {
    try {
      const result = await job.run(api.trainees.importPhotoZip, {}, { file });
      notifyDone(`${result.imported} 张一寸照`, '已导入');
      onClose();
    } catch (error) {
      notifyFailed(error);
    }
  };
  const exportZip = async () => {
    setBusy(true);
    try {
      const file = await api.trainees.exportPhotoZip({ filter });
      downloadBase64(file.fileName, file.base64, 'application/zip');
      notifyDone(`${file.photos} 张一寸照`, '已导出');
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const list = (items: { fileName: string; reason?: string; name?: string }[]) => (
    <ScrollArea h={220}>
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item.fileName}>
            {item.fileName}
            {item.name ? ` → ${item.name}` : ''}
            {item.reason ? `：${item.reason}` : ''}
          </List.Item>
        ))}
      </List>
    </ScrollArea>
  );

  return (
    <Modal opened onClose={onClose} title="一寸照" size="lg">
      <JobProgressDialog job={job} />
      <Stack>
        <Text size="sm">
          导入：压缩包内每张照片以身份证号命名（如 35058219900102123X.jpg），JPEG 或 PNG，每张不超过 2 MB。
        </Text>
        <Group>
          <PickFileButton channel="trainees.previewPhotoZip" variant="light" onPicked={(file) => void choose(file)}>
            选择压缩包…
          </PickFileButton>
          <Button variant="default" loading={busy} onClick={() => void exportZip()}>
            导出当前名单的一寸照
          </Button>
        </Group>
        {preview && (
          <>
            <Tabs defaultValue="matched">
              <Tabs.List>
                <Tabs.Tab value="matched">匹配 {preview.matched.length}</Tabs.Tab>
                <Tabs.Tab value="unmatched">未匹配 {preview.unmatched.length}</Tabs.Tab>
                <Tabs.Tab value="unreadable">无法读取 {preview.unreadable.length}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="matched">{list(preview.matched)}</Tabs.Panel>
              <Tabs.Panel value="unmatched">{list(preview.unmatched)}</Tabs.Panel>
              <Tabs.Panel value="unreadable">{list(preview.unreadable)}</Tabs.Panel>
            </Tabs>
            {preview.matched.some((m) => m.replaces) && (
              <Alert color="yellow">
                其中 {preview.matched.filter((m) => m.replaces).length} 人已有照片，将被替换。
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                disabled={preview.matched.length === 0}
                loading={job.state !== null}
                onClick={() => void importZip(zip!)}
              >
                导入 {preview.matched.length} 张匹配的照片
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
