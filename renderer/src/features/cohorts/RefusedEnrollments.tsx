import { Alert, Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { EnrollmentCheck } from '@shared/contract/cohorts/enrollments';

/** Ineligible or conflicting trainees, each with the reason; an administrator may admit the ineligible with a reason. */
export function RefusedEnrollments({
  refused,
  title,
  onOverride,
}: {
  refused: EnrollmentCheck[];
  title?: string;
  onOverride: (ids: string[], reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const overridable = refused.filter((r) => r.conflict === null);
  return (
    <Alert color="orange" title={title ?? `${refused.length} 人未能报名`}>
      {refused.map((r) => (
        <Text key={r.traineeId} fz="sm">
          {r.name}（{r.idNumberMasked}）：{r.conflict ?? r.reason}
        </Text>
      ))}
      {overridable.length > 0 && (
        <Group mt="xs" align="flex-end">
          <Textarea
            label="破格准予报名的理由（仅管理员）"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            w={360}
            autosize
          />
          <Button
            color="orange"
            disabled={reason.trim().length < 2}
            onClick={() =>
              onOverride(
                overridable.map((r) => r.traineeId),
                reason,
              )
            }
          >
            破格准予 {overridable.length} 人报名
          </Button>
        </Group>
      )}
    </Alert>
  );
}
