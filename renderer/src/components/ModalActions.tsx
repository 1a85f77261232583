import { Button, Group } from '@mantine/core';

/** The footer of a form in a modal: 取消, then the action, on the right, as everywhere in the app. */
export function ModalActions({
  onCancel,
  onConfirm,
  confirm = '保存',
  loading = false,
}: {
  onCancel: () => void;
  onConfirm: () => void;
  confirm?: string;
  loading?: boolean;
}) {
  return (
    <Group justify="flex-end" mt="lg">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button loading={loading} onClick={onConfirm}>
        {confirm}
      </Button>
    </Group>
  );
}
