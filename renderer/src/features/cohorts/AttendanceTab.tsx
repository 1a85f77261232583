import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { CohortDetail } from '../../../../shared/contract/cohorts/cohorts';
import type { AttendanceSession } from '../../../../shared/contract/cohorts/enrollments';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';

/** A new session counts everyone present; ticking a box records the exception (absent). */
export function AttendanceTab({ cohort }: { cohort: CohortDetail }) {
  const sessions = useApiQuery(api.cohorts.sessions, { cohortId: cohort.id });
  const enrollments = useApiQuery(api.cohorts.enrollments, { cohortId: cohort.id });
  const add = useApiMutation(api.cohorts.addSession);
  const setExceptions = useApiMutation(api.cohorts.setExceptions);
  const removeSession = useApiMutation(api.cohorts.removeSession);
  const [removing, setRemoving] = useState<AttendanceSession | null>(null);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [hours, setHours] = useState<number | string>(8);
  const [topic, setTopic] = useState('');
  const editable = ['enrolling', 'training', 'awaiting'].includes(cohort.stage);

  const toggle = (sessionId: string, enrollmentId: string, absent: boolean) => {
    const session = sessions.data!.find((s) => s.id === sessionId)!;
    const others = session.exceptions.filter((e) => e.enrollmentId !== enrollmentId);
    setExceptions.mutate(
      { sessionId, exceptions: absent ? [...others, { enrollmentId, status: 'absent' }] : others },
      { onError: notifyFailed },
    );
  };

  return (
    <Stack>
      {editable && (
        <Group align="flex-end">
          <TextInput label="日期" value={date} onChange={(e) => setDate(e.currentTarget.value)} w={130} />
          <NumberInput label="课时" value={hours} onChange={setHours} min={0.5} max={12} step={0.5} w={90} />
          <TextInput label="内容" value={topic} onChange={(e) => setTopic(e.currentTarget.value)} w={220} />
          <Button loading={add.isPending} onClick={() => add.mutate({ cohortId: cohort.id, date, hours: Number(hours), topic }, { onError: notifyFailed })}>
            新增课次（全员出勤）
          </Button>
        </Group>
      )}
      <Text fz="sm" c="dimmed">勾选表示该学员本次缺勤；未勾选即出勤。规定课时 {cohort.requiredHours}。</Text>
      <div style={{ overflowX: 'auto' }}>
        <Table fz="sm" striped withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              {sessions.data?.map((s) => (
                <Table.Th key={s.id}>
                  <Group gap={2} wrap="nowrap">
                    <span>{s.date.slice(5)}<br />{s.hours} 课时</span>
                    {editable && (
                      <ActionIcon size="sm" variant="subtle" color="red" aria-label={`删除 ${s.date} 的课次`} onClick={() => setRemoving(s)}>
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Th>
              ))}
              <Table.Th>累计</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrollments.data?.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.name}</Table.Td>
                {sessions.data?.map((s) => (
                  <Table.Td key={s.id}>
                    <Checkbox size="xs" color="red" disabled={!editable} aria-label={`${r.name} ${s.date} 缺勤`}
                      checked={s.exceptions.some((e) => e.enrollmentId === r.id)} onChange={(e) => toggle(s.id, r.id, e.currentTarget.checked)} />
                  </Table.Td>
                ))}
                <Table.Td><Text fz="sm" c={r.barredForHours ? 'red' : undefined}>{r.hoursAttended}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={`删除 ${removing?.date ?? ''} 的课次？`}>
        <Text size="sm">这一课次（{removing?.hours} 课时{removing?.topic ? `，${removing.topic}` : ''}）及其考勤记录将删除，学员的累计课时随之减少。</Text>
        <ModalActions
          onCancel={() => setRemoving(null)}
          confirm="删除"
          loading={removeSession.isPending}
          onConfirm={() =>
            removing && removeSession.mutate({ sessionId: removing.id }, { onSuccess: () => { notifyDone(`已删除 ${removing.date} 的课次`); setRemoving(null); }, onError: notifyFailed })
          }
        />
      </Modal>
    </Stack>
  );
}
