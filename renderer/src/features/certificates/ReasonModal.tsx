import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { notifyFailed } from '../../components/notify';

/** Asks for the reason that a void or a reissue must carry. */
export function ReasonModal(props: {
  title: string;
  description: string;
  confirm: string;
  color?: string;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { title, description, confirm, onSubmit, onClose } = props;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <Text size="sm" mb="sm">
        {description}
      </Text>
      <Textarea
        label="原因"
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        data-autofocus
      />
      <Group justify="end" mt="md">
        <Button variant="default" onClick={onClose}>
          取消
        </Button>
        <Button
          color={props.color ?? 'red'}
          loading={busy}
          disabled={reason.trim().length < 2}
          onClick={() => void submit()}
        >
          {confirm}
        </Button>
      </Group>
    </Modal>
  );
}
