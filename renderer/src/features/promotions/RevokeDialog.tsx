import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PromotionRow } from '@shared/contract/promotions';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { gradeStepText } from './evidence';

/** A granted promotion (competition, recognition) is revoked with a reason: its grade leaves the history, the record stays. */
export function RevokeDialog({ row, onClose }: { row: PromotionRow; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const revoke = useApiMutation(api.promotions.revoke);
  return (
    <ConfirmDialog
      opened
      title={`撤销晋升：${row.name} ${row.jobTypeName}${gradeStepText(row)}`}
      consequences={['该等级从学员的等级记录中撤回，申报条件不再计算它', '晋升记录保留并标明撤销原因']}
      confirm="撤销晋升"
      disabled={reason.trim() === ''}
      loading={revoke.isPending}
      onCancel={onClose}
      onConfirm={() =>
        revoke.mutate(
          { id: row.id, reason },
          {
            onSuccess: () => {
              notifyDone(`已撤销${row.name}的晋升，等级记录随之撤回`);
              onClose();
            },
            onError: notifyFailed,
          },
        )
      }
    >
      <TextInput
        label="撤销原因"
        withAsterisk
        value={reason}
        maxLength={200}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </ConfirmDialog>
  );
}

/** Only a granted promotion outside appraisal is revoked here; an appraisal's follows its cohort's result. */
export const revocable = (row: PromotionRow) =>
  row.revokedReason === null && (row.state === 'approved' || row.state === 'certified') && row.path !== 'appraisal';
