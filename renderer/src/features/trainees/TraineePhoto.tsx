import { notifyFailed } from '../../components/notify';
import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { fileToBase64 } from '../../components/files';

/** The 一寸照 (25 × 35 mm, shown at that ratio), with upload and removal. */
export function TraineePhoto({ traineeId }: { traineeId: string }) {
  const photo = useApiQuery(api.trainees.getPhoto, { id: traineeId });
  const upload = useApiMutation(api.trainees.setPhoto);
  const remove = useApiMutation(api.trainees.removePhoto);
  const onFile = async (file: File | null) => {
    if (!file) return;
    upload.mutate({ id: traineeId, base64: await fileToBase64(file) }, { onError: notifyFailed });
  };
  return (
    <Stack gap="xs" align="center">
      <Paper withBorder w={125} h={175} style={{ overflow: 'hidden', display: 'grid', placeItems: 'center' }}>
        {photo.data ? (
          <Image
            src={`data:${photo.data.mimeType};base64,${photo.data.base64}`}
            alt="一寸照"
            w={125}
            h={175}
            fit="cover"
          />
        ) : (
          <Text size="sm" c="dimmed">
            暂无一寸照
          </Text>
        )}
      </Paper>
      <Group gap={4}>
        <FileButton accept="image/jpeg,image/png" onChange={(file) => void onFile(file)}>
          {(props) => (
            <Button {...props} size="xs" variant="light" loading={upload.isPending}>
              {photo.data ? '更换' : '上传'}
            </Button>
          )}
        </FileButton>
        {photo.data && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate({ id: traineeId })}
          >
            删除
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        JPEG 或 PNG，不超过 2 MB
      </Text>
    </Stack>
  );
}
