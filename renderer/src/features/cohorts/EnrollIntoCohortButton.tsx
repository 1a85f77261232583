import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EnrollmentCheck } from '../../../../shared/contract/cohorts/enrollments';
import { stageLabels } from '../../../../shared/domain/cohorts/lifecycle';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { notifyDone, notifyError } from './notify';

/**
 * "加入培训班" for trainees selected in another screen (the trainee list's multi-select): pick an
 * open cohort, see each trainee's eligibility, enroll the eligible. Overrides are made on the
 * cohort's page, where the reason is recorded.
 */
export function EnrollIntoCohortButton({ traineeIds }: { traineeIds: string[] }) {
  const [opened, setOpened] = useState(false);
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [checks, setChecks] = useState<EnrollmentCheck[] | null>(null);
  const cohorts = useApiQuery(api.cohorts.list, { q: '' });
  const enroll = useApiMutation(api.cohorts.enroll);
  const open = (cohorts.data ?? []).filter((c) => ['planning', 'enrolling', 'training'].includes(c.stage));

  const choose = async (id: string | null) => {
    setCohortId(id);
    setChecks(id ? await api.cohorts.checkEnrollment({ cohortId: id, traineeIds }).catch((e: Error) => (notifyError(e), null)) : null);
  };
  const eligible = (checks ?? []).filter((c) => c.eligible && !c.conflict);
  return (
    <>
      <Button variant="default" disabled={traineeIds.length === 0} onClick={() => setOpened(true)}>加入培训班（{traineeIds.length}）</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="加入培训班" size="lg">
        <Stack>
          <Select label="培训班" searchable value={cohortId} onChange={(id) => void choose(id)}
            data={open.map((c) => ({ value: c.id, label: `${c.name}（${stageLabels[c.stage]}，${c.enrolled}/${c.capacity}）` }))} />
          {checks?.filter((c) => !c.eligible || c.conflict).map((c) => (
            <Text key={c.traineeId} fz="sm" c="orange">{c.name}（{c.idNumberMasked}）：{c.conflict ?? c.reason}</Text>
          ))}
          <Group justify="flex-end">
            <Button disabled={!cohortId || eligible.length === 0} loading={enroll.isPending} onClick={() =>
              enroll.mutate({ cohortId: cohortId!, traineeIds: eligible.map((c) => c.traineeId) }, {
                onSuccess: (o) => { setOpened(false); notifyDone(`已加入 ${o.enrolled} 人`); },
                onError: notifyError,
              })}>报名符合条件的 {eligible.length} 人</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
