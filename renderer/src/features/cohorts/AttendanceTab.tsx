import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type CSSProperties } from 'react';
import type { CohortDetail } from '@shared/contract/cohorts/cohorts';
import type { AttendanceSession } from '@shared/contract/cohorts/enrollments';
import { isRealDate } from '@shared/domain/dates';
import { proposeNextSessionDate, weekdayLabels, weekdayOf, weekOf } from '@shared/domain/cohorts/schedule';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useDownload } from '../../components/use-download';
import { ScheduleDialog } from './ScheduleDialog';

const today = () => new Date().toLocaleDateString('sv-SE');

// The name column stays while 25 or more session columns scroll under it; so does the total.
const stickyLeft: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  whiteSpace: 'nowrap',
};
const stickyRight: CSSProperties = {
  position: 'sticky',
  right: 0,
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  whiteSpace: 'nowrap',
};
const sessionColumn: CSSProperties = { width: 46, minWidth: 46, padding: '2px 0', textAlign: 'center' };

/** A new session counts everyone present; ticking a box records the exception (absent). */
export function AttendanceTab({ cohort }: { cohort: CohortDetail }) {
  const sessions = useApiQuery(api.cohorts.sessions, { cohortId: cohort.id });
  const enrollments = useApiQuery(api.cohorts.enrollments, { cohortId: cohort.id });
  const add = useApiMutation(api.cohorts.addSession);
  const setExceptions = useApiMutation(api.cohorts.setExceptions);
  const removeSession = useApiMutation(api.cohorts.removeSession);
  const sheet = useDownload();
  const [removing, setRemoving] = useState<AttendanceSession | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [printing, setPrinting] = useState<{ from: string; to: string } | null>(null);
  const list = sessions.data ?? [];
  const lastSession = list.at(-1)?.date ?? null;
  const proposed = proposeNextSessionDate({
    lastSession,
    startDate: cohort.startDate,
    today: today(),
    weekdays: cohort.trainingWeekdays,
  });
  // The typed date wins until a session is added; then the next training day is offered again.
  const [typedDate, setTypedDate] = useState<{ value: string; after: string | null } | null>(null);
  const date = typedDate && typedDate.after === lastSession ? typedDate.value : proposed;
  const [hours, setHours] = useState<number | string>(8);
  const [topic, setTopic] = useState('');
  const editable = cohort.can.attendance;
  const scheduledHours = list.reduce((sum, s) => sum + s.hours, 0);

  const toggle = (sessionId: string, enrollmentId: string, absent: boolean) => {
    const session = list.find((s) => s.id === sessionId)!;
    const others = session.exceptions.filter((e) => e.enrollmentId !== enrollmentId);
    setExceptions.mutate(
      { sessionId, exceptions: absent ? [...others, { enrollmentId, status: 'absent' }] : others },
      { onError: notifyFailed },
    );
  };
  const addOne = () =>
    add.mutate(
      { cohortId: cohort.id, date, hours: Number(hours), topic },
      {
        onSuccess: (added) => {
          setTopic('');
          setTypedDate(null);
          notifyDone(`已新增 ${added.date} 的课次（${added.hours} 课时，全员出勤）`);
        },
        onError: notifyFailed,
      },
    );

  return (
    <Stack>
      {editable && (
        <Group align="flex-end">
          <TextInput
            label="日期"
            description={
              isRealDate(date)
                ? `周${weekdayLabels[weekdayOf(date)]}${date === proposed ? '，下一个上课日' : ''}`
                : '格式 YYYY-MM-DD'
            }
            value={date}
            onChange={(e) => setTypedDate({ value: e.currentTarget.value, after: lastSession })}
            w={140}
          />
          <NumberInput label="课时" value={hours} onChange={setHours} min={0.5} max={12} step={0.5} w={90} />
          <TextInput
            label="内容"
            placeholder="可不填"
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value)}
            w={220}
          />
          <Button loading={add.isPending} onClick={addOne}>
            新增课次（全员出勤）
          </Button>
          <Button variant="light" onClick={() => setScheduling(true)}>
            安排课表…
          </Button>
          <Button variant="default" onClick={() => setPrinting(weekOf(lastSession ?? proposed))}>
            打印签到表…
          </Button>
        </Group>
      )}
      {!editable && (
        <Group>
          <Button variant="default" onClick={() => setPrinting(weekOf(lastSession ?? today()))}>
            打印签到表…
          </Button>
        </Group>
      )}
      <Text fz="sm" c="dimmed">
        勾选表示该学员本次缺勤；未勾选即出勤。已排 {list.length} 次课、{scheduledHours} 课时，规定{' '}
        {cohort.requiredHours} 课时。 上课日：周{cohort.trainingWeekdays.map((d) => weekdayLabels[d]).join('、')}。
      </Text>
      <div style={{ overflow: 'auto', maxHeight: '70vh' }} data-testid="attendance-grid">
        <Table fz="sm" striped withColumnBorders stickyHeader style={{ width: 'max-content' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ ...stickyLeft, zIndex: 3 }}>姓名</Table.Th>
              {list.map((s) => (
                <Table.Th
                  key={s.id}
                  style={sessionColumn}
                  title={`${s.date}（周${weekdayLabels[weekdayOf(s.date)]}）${s.hours} 课时${s.topic ? `：${s.topic}` : ''}`}
                >
                  <Stack gap={0} align="center">
                    <Text fz={11} fw={600} lh={1.2}>
                      {s.date.slice(5)}
                    </Text>
                    <Text fz={10} c="dimmed" lh={1.2}>
                      {weekdayLabels[weekdayOf(s.date)]}·{s.hours}
                    </Text>
                    {editable && (
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`删除 ${s.date} 的课次`}
                        onClick={() => setRemoving(s)}
                      >
                        <IconTrash size={12} />
                      </ActionIcon>
                    )}
                  </Stack>
                </Table.Th>
              ))}
              <Table.Th style={{ ...stickyRight, zIndex: 3 }}>累计</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrollments.data?.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={stickyLeft}>{r.name}</Table.Td>
                {list.map((s) => (
                  <Table.Td key={s.id} style={sessionColumn}>
                    <Checkbox
                      size="xs"
                      color="red"
                      disabled={!editable}
                      aria-label={`${r.name} ${s.date} 缺勤`}
                      styles={{ body: { justifyContent: 'center' } }}
                      checked={s.exceptions.some((e) => e.enrollmentId === r.id)}
                      onChange={(e) => toggle(s.id, r.id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                ))}
                <Table.Td style={stickyRight}>
                  <Text fz="sm" c={r.barredForHours ? 'red' : undefined}>
                    {r.hoursAttended} / {r.requiredHours}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {scheduling && (
        <ScheduleDialog
          cohort={cohort}
          firstDate={proposed}
          scheduledHours={scheduledHours}
          onClose={() => setScheduling(false)}
        />
      )}
      <Modal opened={printing !== null} onClose={() => setPrinting(null)} title="打印签到表">
        {printing && (
          <Stack>
            <Text size="sm">签到表列出所选日期内的课次（一页 7 次课）和全班学员，每人每次课一个签名格。</Text>
            <Group>
              <TextInput
                label="从"
                value={printing.from}
                onChange={(e) => setPrinting({ ...printing, from: e.currentTarget.value })}
                w={140}
              />
              <TextInput
                label="至"
                value={printing.to}
                onChange={(e) => setPrinting({ ...printing, to: e.currentTarget.value })}
                w={140}
              />
            </Group>
            <ModalActions
              onCancel={() => setPrinting(null)}
              confirm="下载签到表 PDF"
              loading={sheet.busy}
              onConfirm={() =>
                void sheet
                  .download(() => api.cohorts.signInSheet({ cohortId: cohort.id, ...printing }), 'application/pdf')
                  .then((file) => {
                    if (file) {
                      notifyDone(`签到表已生成：${file.sessions} 次课`);
                      setPrinting(null);
                    }
                  })
              }
            />
          </Stack>
        )}
      </Modal>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={`删除 ${removing?.date ?? ''} 的课次？`}
      >
        <Text size="sm">
          这一课次（{removing?.hours} 课时{removing?.topic ? `，${removing.topic}` : ''}
          ）及其考勤记录将删除，学员的累计课时随之减少。
        </Text>
        <ModalActions
          onCancel={() => setRemoving(null)}
          confirm="删除"
          loading={removeSession.isPending}
          onConfirm={() =>
            removing &&
            removeSession.mutate(
              { sessionId: removing.id },
              {
                onSuccess: () => {
                  notifyDone(`已删除 ${removing.date} 的课次`);
                  setRemoving(null);
                },
                onError: notifyFailed,
              },
            )
          }
        />
      </Modal>
    </Stack>
  );
}
