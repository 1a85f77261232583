import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The question before an act that cannot be undone: what it does, to how many records, and what
 * stays for ever. The act's button says the act (never just 确定); 取消 is the default.
 */
export function ConfirmDialog({
  opened,
  title,
  consequences,
  children,
  confirm,
  loading = false,
  disabled = false,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  /** One line each: what changes and what can no longer be changed back. */
  consequences: string[];
  /** Extra fields the act needs (a reason). */
  children?: ReactNode;
  confirm: string;
  loading?: boolean;
  disabled?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} size="lg">
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          此操作不能撤销：
        </Text>
        <List size="sm" spacing={4}>
          {consequences.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        {children}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel} data-autofocus>
            取消
          </Button>
          <Button color="red" loading={loading} disabled={disabled} onClick={onConfirm}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
