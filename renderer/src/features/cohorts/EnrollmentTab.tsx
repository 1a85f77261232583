import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CohortDetail } from '@shared/contract/cohorts/cohorts';
import type { EnrollmentCheck } from '@shared/contract/cohorts/enrollments';
import type { PickedFile } from '@shared/contract/infra/bridge';
import type { SheetRead } from '@shared/contract/infra/sheet';
import { appraisalKindLabels } from '@shared/domain/cohorts/marks';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { notifyDone, notifyFailed } from '../../components/notify';
import { PickFileButton } from '../../components/PickFileButton';
import { usePrompt } from '../../components/use-prompt';
import { RefusedEnrollments } from './RefusedEnrollments';

export function EnrollmentTab({ cohort }: { cohort: CohortDetail }) {
  const rows = useApiQuery(api.cohorts.enrollments, { cohortId: cohort.id });
  const [q, setQ] = useState('');
  const candidates = useQuery({
    queryKey: ['cohorts.findCandidates', cohort.id, q],
    queryFn: () => api.cohorts.findCandidates({ cohortId: cohort.id, q }),
    enabled: q.trim() !== '',
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [refused, setRefused] = useState<EnrollmentCheck[]>([]);
  const [sheet, setSheet] = useState<SheetRead | null>(null);
  const enroll = useApiMutation(api.cohorts.enroll);
  const importSheet = useApiMutation(api.cohorts.importSignUpSheet);
  const withdraw = useApiMutation(api.cohorts.withdraw);
  const [ask, promptModal] = usePrompt();
  const waive = useApiMutation(api.cohorts.waiveHours);
  const preview = useQuery({
    queryKey: ['cohorts.previewSignUpSheet', cohort.id, sheet],
    queryFn: () =>
      api.cohorts.previewSignUpSheet({
        cohortId: cohort.id,
        headers: sheet!.headers,
        mapping: sheet!.mapping,
        rows: sheet!.rows,
      }),
    enabled: sheet !== null,
  });

  const doEnroll = (traineeIds: string[], overrides: { traineeId: string; reason: string }[] = []) =>
    enroll.mutate(
      { cohortId: cohort.id, traineeIds, overrides },
      {
        onSuccess: (o) => {
          setSelected([]);
          setRefused(o.refused);
          notifyDone(`报名 ${o.enrolled} 人`);
        },
        onError: notifyFailed,
      },
    );

  const readFile = async (file: PickedFile) => {
    try {
      setSheet(await api.trainees.readImportFile.withOptions({}, { fileId: file.id }));
    } catch (error) {
      notifyFailed(error as Error);
    }
  };
  const commitImport = () =>
    sheet &&
    importSheet.mutate(
      { cohortId: cohort.id, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows },
      {
        onSuccess: (o) => {
          setSheet(null);
          setRefused(o.refused);
          notifyDone(`报名表导入：新建学员 ${o.newTrainees} 人，报名 ${o.enrolled} 人`);
        },
        onError: notifyFailed,
      },
    );

  const open = cohort.can.enroll;
  return (
    <Stack>
      {promptModal}
      {open && (
        <Group align="flex-end">
          <TextInput
            label="按姓名、身份证号或拼音首字母查找学员"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={320}
          />
          <Button disabled={selected.length === 0} loading={enroll.isPending} onClick={() => doEnroll(selected)}>
            报名所选 {selected.length} 人
          </Button>
          <PickFileButton channel="trainees.readImportFile" variant="default" onPicked={(file) => void readFile(file)}>
            导入报名表…
          </PickFileButton>
        </Group>
      )}
      {preview.error && <Alert color="red">{preview.error.message}</Alert>}
      {sheet && preview.data && (
        <Alert title={`报名表：${preview.data.rows} 行，其中新学员 ${preview.data.newTrainees} 人`} color="blue">
          {preview.data.issues.slice(0, 10).map((i) => (
            <Text key={i.message} fz="sm" c="red">
              {i.message}
            </Text>
          ))}
          {preview.data.checks
            .filter((c) => !c.eligible || c.conflict)
            .map((c) => (
              <Text key={c.traineeId} fz="sm">
                {c.name}：{c.conflict ?? c.reason}
              </Text>
            ))}
          <Group mt="xs">
            <Button onClick={commitImport} loading={importSheet.isPending}>
              确认导入并报名
            </Button>
            <Button variant="default" onClick={() => setSheet(null)}>
              取消
            </Button>
          </Group>
        </Alert>
      )}
      {open && q && candidates.data && (
        <Table fz="sm">
          <Table.Tbody>
            {candidates.data.map((c) => (
              <Table.Tr key={c.traineeId}>
                <Table.Td w={30}>
                  <Checkbox
                    aria-label={`选择 ${c.name}`}
                    disabled={c.conflict !== null}
                    checked={selected.includes(c.traineeId)}
                    onChange={(e) =>
                      setSelected(
                        e.currentTarget.checked
                          ? [...selected, c.traineeId]
                          : selected.filter((s) => s !== c.traineeId),
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.idNumberMasked}</Table.Td>
                <Table.Td>
                  <Text fz="sm" c={c.eligible && !c.conflict ? 'teal' : 'orange'}>
                    {c.conflict ?? c.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {refused.length > 0 && (
        <RefusedEnrollments
          refused={refused}
          onOverride={(ids, reason) =>
            doEnroll(
              ids,
              ids.map((traineeId) => ({ traineeId, reason })),
            )
          }
        />
      )}
      <Table striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>序号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>身份证号</Table.Th>
            <Table.Th>工作单位</Table.Th>
            <Table.Th>认定类别</Table.Th>
            <Table.Th>资格</Table.Th>
            <Table.Th>课时</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.data?.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.seq}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.idNumberMasked}</Table.Td>
              <Table.Td>{r.enterpriseName}</Table.Td>
              <Table.Td>{appraisalKindLabels[r.appraisalKind]}</Table.Td>
              <Table.Td>
                {r.eligibility === 'overridden' ? (
                  <Badge
                    color="orange"
                    title={`${r.eligibilityReason}；理由：${r.overrideReason}（${r.overrideByName}）`}
                  >
                    破格
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light" title={r.eligibilityReason}>
                    符合
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text fz="sm" c={r.barredForHours && cohort.sessions > 0 ? 'red' : undefined}>
                  {r.hoursAttended} / {r.requiredHours}
                  {r.barredForHours && cohort.sessions > 0 ? ' 不足' : ''}
                  {r.hoursWaiverReason ? '（已准考）' : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {r.barredForHours && cohort.sessions > 0 && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={async () => {
                        const reason = await ask({
                          title: `准予 ${r.name} 参加鉴定`,
                          label: '理由（课时不足仍准予鉴定的原因）',
                        });
                        if (reason) waive.mutate({ enrollmentId: r.id, reason }, { onError: notifyFailed });
                      }}
                    >
                      准予鉴定
                    </Button>
                  )}
                  {open && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={async () => {
                        const reason = await ask({ title: `${r.name} 退出本班`, label: '退出原因' });
                        if (reason) withdraw.mutate({ enrollmentId: r.id, reason }, { onError: notifyFailed });
                      }}
                    >
                      退出
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
