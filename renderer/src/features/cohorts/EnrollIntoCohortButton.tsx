import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EnrollmentCheck } from '@shared/contract/cohorts/enrollments';
import { enrollableStages, stageLabels } from '@shared/domain/cohorts/lifecycle';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RefusedEnrollments } from './RefusedEnrollments';

/**
 * "加入培训班" for trainees selected in another screen (the trainee list's multi-select): pick an
 * open cohort, see each trainee's eligibility, enroll the eligible; an administrator may admit the
 * ineligible with a recorded reason, as on the cohort's page.
 */
export function EnrollIntoCohortButton({ traineeIds, onEnrolled }: { traineeIds: string[]; onEnrolled?: () => void }) {
  const [opened, setOpened] = useState(false);
  const [cohortId, setCohortId] = useState<string | null>(null);
  // Trainees not yet enrolled by this dialog, with what enrolling each would do.
  const [checks, setChecks] = useState<EnrollmentCheck[] | null>(null);
  const [enrolled, setEnrolled] = useState(0);
  const cohorts = useApiQuery(api.cohorts.list, { stages: [...enrollableStages] });
  const enroll = useApiMutation(api.cohorts.enroll);
  const open = cohorts.data ?? [];

  const choose = async (id: string | null) => {
    setCohortId(id);
    setChecks(
      id
        ? await api.cohorts.checkEnrollment({ cohortId: id, traineeIds }).catch((e: Error) => (notifyFailed(e), null))
        : null,
    );
  };
  const finish = (total: number) => {
    setOpened(false);
    setCohortId(null);
    setChecks(null);
    setEnrolled(0);
    if (total > 0) onEnrolled?.();
  };
  const close = () => finish(enrolled);
  const eligible = (checks ?? []).filter((c) => c.eligible && !c.conflict);
  const problems = (checks ?? []).filter((c) => !c.eligible || c.conflict);

  const doEnroll = (ids: string[], overrides: { traineeId: string; reason: string }[] = []) =>
    enroll.mutate(
      { cohortId: cohortId!, traineeIds: ids, overrides },
      {
        onSuccess: (outcome) => {
          const refused = new Set(outcome.refused.map((r) => r.traineeId));
          const remaining = (checks ?? []).filter((c) => !ids.includes(c.traineeId) || refused.has(c.traineeId));
          notifyDone(`已加入 ${outcome.enrolled} 人`);
          setEnrolled(enrolled + outcome.enrolled);
          setChecks(remaining);
          // Only conflicts left: nothing more this dialog can do.
          if (remaining.every((c) => c.conflict !== null)) finish(enrolled + outcome.enrolled);
        },
        onError: notifyFailed,
      },
    );

  return (
    <>
      <Button variant="default" disabled={traineeIds.length === 0} onClick={() => setOpened(true)}>
        加入培训班（{traineeIds.length}）
      </Button>
      <Modal opened={opened} onClose={close} title="加入培训班" size="lg">
        <Stack>
          <Select
            label="培训班"
            searchable
            value={cohortId}
            disabled={enrolled > 0}
            onChange={(id) => void choose(id)}
            data={open.map((c) => ({
              value: c.id,
              label: `${c.name}（${stageLabels[c.stage]}，${c.enrolled}/${c.capacity}）`,
            }))}
          />
          {enrolled > 0 && (
            <Text fz="sm" c="teal">
              已加入 {enrolled} 人
            </Text>
          )}
          {problems.length > 0 && (
            <RefusedEnrollments
              refused={problems}
              title={`${problems.length} 人不能直接报名`}
              onOverride={(ids, reason) =>
                doEnroll(
                  ids,
                  ids.map((traineeId) => ({ traineeId, reason })),
                )
              }
            />
          )}
          <Group justify="flex-end">
            {enrolled > 0 && (
              <Button variant="default" onClick={close}>
                完成
              </Button>
            )}
            <Button
              disabled={!cohortId || eligible.length === 0}
              loading={enroll.isPending}
              onClick={() => doEnroll(eligible.map((c) => c.traineeId))}
            >
              报名符合条件的 {eligible.length} 人
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
