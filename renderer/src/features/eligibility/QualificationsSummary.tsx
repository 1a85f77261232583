import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { schoolStatusLabels, type Qualifications } from '@shared/contract/eligibility';
import { schoolKindLabels, titleLabels } from '@shared/domain/eligibility';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { QualificationsForm } from './QualificationsForm';

/** The recorded schooling, 职称 and apprenticeships, one line each, with the button that edits them. */
export function QualificationsSummary({
  traineeId,
  qualifications,
}: {
  traineeId: string;
  qualifications: Qualifications;
}) {
  const [editing, setEditing] = useState(false);
  const jobTypes = useApiQuery(api.jobTypes.list, { includeRetired: true });
  const nameOf = (id: string) => jobTypes.data?.find((j) => j.id === id)?.name ?? '…';
  const lines = [
    ...qualifications.schooling.map(
      (s) =>
        `${schoolKindLabels[s.kind]}${s.major ? ` ${s.major}` : ''}（${schoolStatusLabels[s.status]}）· 对口：${s.matchingJobTypeIds.length ? s.matchingJobTypeIds.map(nameOf).join('、') : '未核实'}`,
    ),
    ...qualifications.titles.map((t) => `${titleLabels[t.level]}${t.name ? ` ${t.name}` : ''} · ${t.obtainedOn} 取得`),
    ...qualifications.apprenticeships.map((a) => `学徒期满：${nameOf(a.jobTypeId)} · ${a.completedOn}`),
  ];
  return (
    <Stack gap={4} data-testid="qualifications">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          学历、职称与学徒经历
        </Text>
        <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
          登记学历/职称/学徒
        </Button>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          未登记。技工院校毕业、职称或学徒期满可作为申报条件，登记后即计入上面的申报判断。
        </Text>
      ) : (
        lines.map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))
      )}
      {editing && (
        <QualificationsForm traineeId={traineeId} initial={qualifications} onClose={() => setEditing(false)} />
      )}
    </Stack>
  );
}
