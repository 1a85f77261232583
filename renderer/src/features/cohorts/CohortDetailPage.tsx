import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Stepper,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { cohortStages, stageLabels, type CohortStage } from '@shared/domain/cohorts/lifecycle';
import type { CohortDetail } from '@shared/contract/cohorts/cohorts';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant } from '../../components/format';
import { AttendanceTab } from './AttendanceTab';
import { CohortForm } from './CohortForm';
import { stageColors } from './CohortListPage';
import { EnrollmentTab } from './EnrollmentTab';
import { notifyDone, notifyFailed } from '../../components/notify';
import { RosterTab } from './RosterTab';
import { ScoreGridTab } from './ScoreGridTab';

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Card withBorder padding="xs">
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="lg" fw={600}>
        {value}
      </Text>
    </Card>
  );
}

export function CohortDetailPage({ id }: { id: string }) {
  const cohort = useApiQuery(api.cohorts.get, { id });
  const move = useApiMutation(api.cohorts.moveStage);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<CohortStage | null>(null);
  if (cohort.error) return <Alert color="red">{cohort.error.message}</Alert>;
  const c = cohort.data;
  if (!c) return <Text>正在读取…</Text>;
  const go = (to: CohortStage) =>
    move.mutate(
      { id, to },
      {
        onSuccess: (next) => {
          setConfirming(null);
          notifyDone(`已转到“${stageLabels[next.stage]}”`);
        },
        onError: notifyFailed,
      },
    );
  const irreversible = c.nextMove ? irreversibleMove(c, c.nextMove.to) : null;

  return (
    <Stack>
      <Anchor component={Link} to="/cohorts" fz="sm">
        ← 全部培训班
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{c.name}</Title>
          <Badge size="lg" color={stageColors[c.stage]} data-testid="cohort-stage">
            {stageLabels[c.stage]}
          </Badge>
        </Group>
        <Group>
          <Button
            variant="default"
            disabled={c.stage === 'closed'}
            title={c.stage === 'closed' ? '已结业的培训班不能再修改' : undefined}
            onClick={() => setEditing(true)}
          >
            修改
          </Button>
          {c.previousMove && (
            <Button
              variant="default"
              disabled={c.previousMove.problems.length > 0}
              onClick={() => go(c.previousMove!.to)}
            >
              退回“{stageLabels[c.previousMove.to]}”
            </Button>
          )}
          {c.nextMove && (
            <Button
              disabled={c.nextMove.problems.length > 0}
              loading={move.isPending}
              onClick={() => (irreversible ? setConfirming(c.nextMove!.to) : go(c.nextMove!.to))}
            >
              转到“{stageLabels[c.nextMove.to]}”
            </Button>
          )}
        </Group>
      </Group>
      <Text c="dimmed" fz="sm">
        {c.jobTypeName}（{c.jobTypeCode}）· {gradeLabel(c.grade as Grade)} · {c.startDate ?? '日期未定'}
        {c.endDate ? ` 至 ${c.endDate}` : ''} · 规定 {c.requiredHours} 课时
        {c.venue ? ` · ${c.venue}` : ''}
        {c.staff.length
          ? ` · 讲师/师傅：${c.staff.map((s) => `${s.name}${s.title ? `（${s.title}）` : ''}`).join('、')}`
          : ''}
        {c.enterprises.length ? ` · 合作企业：${c.enterprises.map((e) => e.name).join('、')}` : ''}
      </Text>
      <Stepper active={cohortStages.indexOf(c.stage)} size="sm">
        {cohortStages.map((s) => (
          <Stepper.Step key={s} label={stageLabels[s]} />
        ))}
      </Stepper>
      {c.nextMove && c.nextMove.problems.length > 0 && (
        <Alert color="yellow" title={`暂不能转到“${stageLabels[c.nextMove.to]}”`}>
          {c.nextMove.problems.join('；')}
        </Alert>
      )}
      <SimpleGrid cols={8}>
        <Figure label="报名 / 容量" value={`${c.counts.enrolled} / ${c.capacity}`} />
        <Figure label="课时达标" value={c.counts.hoursCompleted} />
        <Figure label="课时不足" value={c.sessions > 0 ? c.counts.shortOfHours : '—'} />
        <Figure label="实考" value={c.counts.sat} />
        <Figure label="合格" value={c.counts.passed} />
        <Figure label="合格率" value={c.counts.passRate === null ? '—' : `${c.counts.passRate}%`} />
        <Figure label="待确认成绩" value={c.counts.unconfirmedMarks} />
        <Figure label="已发证书" value={c.counts.certificatesIssued} />
      </SimpleGrid>
      <Tabs defaultValue="enrollments" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="enrollments">学员</Tabs.Tab>
          <Tabs.Tab value="attendance">考勤</Tabs.Tab>
          <Tabs.Tab value="scores">成绩</Tabs.Tab>
          <Tabs.Tab value="roster">花名册</Tabs.Tab>
          <Tabs.Tab value="history">阶段记录</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="enrollments" pt="md">
          <EnrollmentTab cohort={c} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendanceTab cohort={c} />
        </Tabs.Panel>
        <Tabs.Panel value="scores" pt="md">
          <ScoreGridTab cohort={c} />
        </Tabs.Panel>
        <Tabs.Panel value="roster" pt="md">
          <RosterTab cohort={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {c.moves.map((m) => (
            <Text key={m.at + m.to} fz="sm">
              {formatInstant(m.at)} {m.actorName}：{stageLabels[m.from]} → {stageLabels[m.to]}
              {m.note ? `（${m.note}）` : ''}
            </Text>
          ))}
        </Tabs.Panel>
      </Tabs>
      {editing && <CohortForm cohort={c} onClose={() => setEditing(false)} />}
      {confirming && irreversible && (
        <ConfirmDialog
          opened
          title={irreversible.title}
          consequences={irreversible.consequences}
          confirm={irreversible.confirm}
          loading={move.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() => go(confirming)}
        />
      )}
    </Stack>
  );
}

/** The moves that cannot be taken back (publishing results, closing), with what each one fixes for ever. */
function irreversibleMove(
  c: CohortDetail,
  to: CohortStage,
): { title: string; consequences: string[]; confirm: string } | null {
  if (to === 'appraised') {
    return {
      title: `公布“${c.name}”的鉴定结果？`,
      consequences: [
        `公布 ${c.counts.enrolled} 名学员的结果：实考 ${c.counts.sat} 人，合格 ${c.counts.passed} 人；合格者的等级记入学员的等级档案，可据此发证。`,
        '公布后不能退回“待鉴定”。',
        '之后修改成绩须填写理由，原成绩留在历史记录里。',
      ],
      confirm: `公布 ${c.counts.enrolled} 人的结果`,
    };
  }
  if (to === 'closed') {
    return {
      title: `“${c.name}”结业？`,
      consequences: [
        `${c.counts.enrolled} 名学员的考勤、成绩和班级信息从此不能再修改。`,
        '结业后不能退回“已鉴定”。',
        `已发证书 ${c.counts.certificatesIssued} 份；未发的证书结业后仍可签发。`,
      ],
      confirm: '结业',
    };
  }
  return null;
}
