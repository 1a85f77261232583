import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { gradeSourceLabels, type EligibilityLine } from '@shared/contract/eligibility';
import { describeRuleVersion } from '@shared/domain/eligibility';
import { gradeLabel } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { HeldGradeForm } from './HeldGradeForm';
import { QualificationsSummary } from './QualificationsSummary';
import { notifyFailed } from '../../components/notify';

const statusColors = {
  eligible: 'teal',
  waiting: 'blue',
  undecidable: 'orange',
  ineligible: 'gray',
  held: 'gray',
} as const;

/**
 * For the trainee detail page: per job type the grade held and whether the next grade may be
 * applied for (the engine's line), the grade history, and a form to record certificates held. Only a
 * certificate typed in as held is deleted here; a grade from a promotion is revoked with its promotion.
 */
export function EligibilityPanel({ traineeId }: { traineeId: string }) {
  const [extra, setExtra] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const view = useApiQuery(api.eligibility.forTrainee, { traineeId, extraJobTypeIds: extra });
  const active = useApiQuery(api.jobTypes.listActive, {});
  const remove = useApiMutation(api.eligibility.removeHeldGrade);
  const shown = new Set(view.data?.lines.map((l) => l.jobTypeId));

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>技能等级与申报条件</Title>
        <Group>
          <Select
            placeholder="查看其他工种的申报条件"
            searchable
            w={260}
            aria-label="查看其他工种"
            data={(active.data ?? [])
              .filter((j) => !shown.has(j.id))
              .map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
            value={null}
            onChange={(id) => id && setExtra((list) => [...list, id])}
          />
          <Button variant="light" onClick={() => setAdding(true)}>
            登记已有证书
          </Button>
        </Group>
      </Group>
      {view.error && <Text c="red">{view.error.message}</Text>}
      {view.data && (
        <Stack gap="md">
          {view.data.lines.length === 0 ? (
            <Text size="sm" c="dimmed">
              暂无等级记录。登记已有证书，或选择一个工种查看能否申报。
            </Text>
          ) : (
            <Table aria-label="申报条件">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={200}>工种</Table.Th>
                  <Table.Th w={140}>现等级</Table.Th>
                  <Table.Th>申报</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.data.lines.map((line) => (
                  <LineRow key={line.jobTypeId} line={line} />
                ))}
              </Table.Tbody>
            </Table>
          )}
          {view.data.history.length > 0 && (
            <Table aria-label="等级证书记录" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>工种</Table.Th>
                  <Table.Th>等级</Table.Th>
                  <Table.Th>取证日期</Table.Th>
                  <Table.Th>证书编号</Table.Th>
                  <Table.Th>来源</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.data.history.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{h.jobTypeName}</Table.Td>
                    <Table.Td>{gradeLabel(h.grade)}</Table.Td>
                    <Table.Td>{h.obtainedOn}</Table.Td>
                    <Table.Td>{h.certificateNo}</Table.Td>
                    <Table.Td>
                      {h.cohortName ? `${gradeSourceLabels[h.source]}（${h.cohortName}）` : gradeSourceLabels[h.source]}
                    </Table.Td>
                    <Table.Td>
                      {h.cohortName === null && h.promotionId !== null && (
                        <Text size="xs" c="dimmed">
                          随晋升记录，有误请在下方撤销晋升
                        </Text>
                      )}
                      {h.cohortName === null && h.promotionId === null && (
                        <Tooltip label="删除（登记有误时）">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`删除${h.jobTypeName}${gradeLabel(h.grade)}记录`}
                            onClick={() => remove.mutate({ id: h.id }, { onError: notifyFailed })}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <QualificationsSummary traineeId={traineeId} qualifications={view.data.qualifications} />
        </Stack>
      )}
      {adding && <HeldGradeForm traineeId={traineeId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function LineRow({ line }: { line: EligibilityLine }) {
  const decision = line.next?.decision;
  return (
    <Table.Tr>
      <Table.Td>
        {line.jobTypeName}{' '}
        <Text span size="xs" c="dimmed">
          {line.jobTypeCode}
          {line.jobTypeRetired ? '（已停用）' : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        {line.currentGrade === null ? (
          <Text size="sm" c="dimmed">
            无
          </Text>
        ) : (
          gradeLabel(line.currentGrade)
        )}
      </Table.Td>
      <Table.Td>
        {line.next === null || !decision ? (
          <Text size="sm" c="dimmed">
            已是本工种最高等级
          </Text>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Badge color={statusColors[decision.status]} variant="light" radius="sm">
              {decision.status === 'eligible'
                ? '可申报'
                : decision.status === 'waiting'
                  ? '待满年限'
                  : decision.status === 'undecidable'
                    ? '缺资料'
                    : '暂不符合'}
            </Badge>
            <Text size="sm" data-testid="eligibility-line">
              {line.next.line}
            </Text>
            <Tooltip
              label={
                decision.status === 'ineligible'
                  ? decision.missing.join('\n')
                  : `依据${describeRuleVersion(decision.ruleVersion)}（详细：${decision.ruleVersion}）`
              }
              multiline
              w={360}
            >
              <Text size="xs" c="dimmed">
                依据{describeRuleVersion(decision.ruleVersion).split('（')[0]}
              </Text>
            </Tooltip>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
