import { notifyDone, notifyFailed } from '../../components/notify';
import { Alert, Button, FileButton, Group, List, Modal, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import type { PhotoZipPreview } from '../../../../shared/contract/trainee-import';
import type { TraineeFilter } from '../../../../shared/contract/trainee-filter';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { downloadBase64, fileToBase64 } from '../../components/files';

/** ID photos in bulk: a .zip of <身份证号>.jpg in, or the filtered list's photos out. */
export function PhotoZipDialog({ filter, onClose }: { filter: TraineeFilter; onClose: () => void }) {
  const [zip, setZip] = useState<string | null>(null);
  const [preview, setPreview] = useState<PhotoZipPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const importZip = useApiMutation(api.trainees.importPhotoZip);

  const choose = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    try {
      const base64 = await fileToBase64(file);
      setPreview(await api.trainees.previewPhotoZip({ base64 }));
      setZip(base64);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
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
      <Stack>
        <Text size="sm">导入：压缩包内每张照片以身份证号命名（如 35058219900102123X.jpg），JPEG 或 PNG，每张不超过 2 MB。</Text>
        <Group>
          <FileButton accept=".zip,application/zip" onChange={(f) => void choose(f)}>
            {(props) => <Button {...props} loading={busy} variant="light">选择压缩包…</Button>}
          </FileButton>
          <Button variant="default" loading={busy} onClick={() => void exportZip()}>导出当前名单的一寸照</Button>
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
            {preview.matched.some((m) => m.replaces) && <Alert color="yellow">其中 {preview.matched.filter((m) => m.replaces).length} 人已有照片，将被替换。</Alert>}
            <Group justify="flex-end">
              <Button
                disabled={preview.matched.length === 0}
                loading={importZip.isPending}
                onClick={() =>
                  importZip.mutate(
                    { base64: zip! },
                    { onSuccess: (r) => { notifyDone(`${r.imported} 张一寸照`, '已导入'); onClose(); }, onError: notifyFailed },
                  )
                }
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
