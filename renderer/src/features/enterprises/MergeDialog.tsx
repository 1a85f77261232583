import { notifyDone, notifyFailed } from '../../components/notify';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EnterpriseRow } from '@shared/contract/enterprises';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { EnterpriseSelect } from './EnterpriseSelect';

/** Merges a duplicate into the record to keep: its trainees move, it is deleted, all in one step. */
export function MergeDialog({ duplicate, onClose }: { duplicate: EnterpriseRow; onClose: () => void }) {
  const [keepId, setKeepId] = useState<string | null>(null);
  const merge = useApiMutation(api.enterprises.merge);
  return (
    <Modal opened onClose={onClose} title={`合并重复企业：${duplicate.name}`}>
      <Stack>
        <Text size="sm">
          “{duplicate.name}”的 {duplicate.traineeCount} 名学员将转到下面选择的企业，其信用代码等空缺信息补入，然后删除“
          {duplicate.name}”。
        </Text>
        <EnterpriseSelect label="保留的企业" value={keepId} onChange={setKeepId} excludeId={duplicate.id} />
        <Alert color="yellow">合并不可撤销，会记入操作日志。</Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button
            disabled={!keepId}
            loading={merge.isPending}
            onClick={() =>
              merge.mutate(
                { keepId: keepId!, mergeId: duplicate.id },
                {
                  onSuccess: (r) => {
                    notifyDone(`已转移 ${r.movedTrainees} 名学员到“${r.keep.name}”`, '已合并');
                    onClose();
                  },
                  onError: notifyFailed,
                },
              )
            }
          >
            合并
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
