import { Alert, Chip, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CohortDetail } from '@shared/contract/cohorts/cohorts';
import { isRealDate } from '@shared/domain/dates';
import {
  allWeekdays,
  scheduleDates,
  scheduleLimit,
  sessionsToCover,
  shortDateLabel,
  weekdayLabels,
  type Weekday,
} from '@shared/domain/cohorts/schedule';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';

/**
 * A timetable at once: from a first day, N sessions of H hours on the cohort's training weekdays
 * (the hours still to give, by default). Everyone is present; absences are ticked afterwards.
 */
export function ScheduleDialog({
  cohort,
  firstDate,
  scheduledHours,
  onClose,
}: {
  cohort: CohortDetail;
  firstDate: string;
  scheduledHours: number;
  onClose: () => void;
}) {
  const addSessions = useApiMutation(api.cohorts.addSessions);
  const [from, setFrom] = useState(firstDate);
  const [hoursEach, setHoursEach] = useState<number | string>(8);
  const cover = sessionsToCover(cohort.requiredHours - scheduledHours, Number(hoursEach) || 8);
  const [count, setCount] = useState<number | string>(Math.max(cover.count, 1));
  const [weekdays, setWeekdays] = useState<Weekday[]>(cohort.trainingWeekdays);
  const [topic, setTopic] = useState('');
  const n = Math.min(Math.max(Math.floor(Number(count) || 0), 0), scheduleLimit);
  const each = Number(hoursEach) || 0;
  const ready = isRealDate(from) && n > 0 && each >= 0.5 && each <= 12 && weekdays.length > 0;
  const dates = ready ? scheduleDates(from, n, weekdays) : [];
  const total = dates.length * each;

  const save = () =>
    addSessions.mutate(
      {
        cohortId: cohort.id,
        sessions: dates.map((date) => ({ date, hours: each, topic })),
        trainingWeekdays: weekdays,
      },
      {
        onSuccess: (added) => {
          notifyDone(`已安排 ${added.length} 次课，共 ${total} 课时`);
          onClose();
        },
        onError: notifyFailed,
      },
    );

  return (
    <Modal opened onClose={onClose} title="安排课表" size="lg">
      <Stack>
        <Group align="flex-end">
          <TextInput
            label="第一次课"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={140}
            error={!isRealDate(from) ? '格式 YYYY-MM-DD' : undefined}
          />
          <NumberInput
            label="每次课时"
            value={hoursEach}
            onChange={setHoursEach}
            min={0.5}
            max={12}
            step={0.5}
            w={100}
          />
          <NumberInput label="次数" value={count} onChange={setCount} min={1} max={scheduleLimit} w={100} />
          <TextInput
            label="内容（每次相同，可不填）"
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value)}
            w={200}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            上课日
          </Text>
          <Chip.Group
            multiple
            value={weekdays.map(String)}
            onChange={(v) => setWeekdays(v.map(Number).sort() as Weekday[])}
          >
            <Group gap={6}>
              {allWeekdays.map((d) => (
                <Chip key={d} value={String(d)} size="sm">
                  周{weekdayLabels[d]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Text size="sm" c="dimmed">
          规定 {cohort.requiredHours} 课时，已排 {scheduledHours} 课时，还差{' '}
          {Math.max(cohort.requiredHours - scheduledHours, 0)} 课时。
        </Text>
        {dates.length > 0 && (
          <Alert
            color="blue"
            title={`共 ${dates.length} 次课，${shortDateLabel(dates[0]!)} 至 ${shortDateLabel(dates.at(-1)!)}，${total} 课时`}
          >
            <Text size="xs">{dates.map(shortDateLabel).join('、')}</Text>
            {scheduledHours + total > cohort.requiredHours && (
              <Text size="xs" c="orange" mt={4}>
                排完后共 {scheduledHours + total} 课时，多于规定的 {cohort.requiredHours} 课时。
              </Text>
            )}
          </Alert>
        )}
        <ModalActions
          onCancel={onClose}
          confirm={`安排 ${dates.length} 次课`}
          loading={addSessions.isPending}
          onConfirm={() => (ready ? save() : undefined)}
        />
      </Stack>
    </Modal>
  );
}
