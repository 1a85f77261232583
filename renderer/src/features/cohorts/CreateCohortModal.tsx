import { Button, Group, Modal, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { gradeLabel, type Grade } from '../../../../shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { notifyFailed } from '../../components/notify';

export function CreateCohortModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const jobTypes = useApiQuery(api.jobTypes.listActive, {});
  const create = useApiMutation(api.cohorts.create);
  const [jobTypeId, setJobTypeId] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [term, setTerm] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [venue, setVenue] = useState('');
  const [capacity, setCapacity] = useState<number | string>(50);
  const [hours, setHours] = useState<number | string>('');
  const [instructor, setInstructor] = useState('');
  const [instructorTitle, setInstructorTitle] = useState('');
  const jobType = jobTypes.data?.find((j) => j.id === jobTypeId);
  const catalogHours = jobType?.grades.find((g) => String(g.grade) === grade)?.trainingHours;

  const submit = () => {
    if (!jobTypeId || !grade) return notifyFailed(new Error('请选择工种和等级'));
    create.mutate(
      {
        name: name || `${term} ${jobType?.name ?? ''} ${gradeLabel(Number(grade) as Grade)}`.trim(),
        term,
        jobTypeId,
        grade: Number(grade),
        startDate: startDate || null,
        endDate: endDate || null,
        venue,
        capacity: Number(capacity),
        requiredHours: hours === '' ? undefined : Number(hours),
        staff: instructor ? [{ name: instructor, title: instructorTitle, phone: '', role: 'instructor' }] : [],
      },
      { onSuccess: (c) => { onClose(); onCreated(c.id); }, onError: notifyFailed },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title="新建培训班" size="lg">
      <SimpleGrid cols={2}>
        <Select label="工种" searchable data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))} value={jobTypeId} onChange={setJobTypeId} />
        <Select label="申报等级" data={(jobType?.grades ?? []).map((g) => ({ value: String(g.grade), label: gradeLabel(g.grade) }))} value={grade} onChange={setGrade} />
        <TextInput label="期次" placeholder="2026年第3期" value={term} onChange={(e) => setTerm(e.currentTarget.value)} />
        <TextInput label="班级名称" placeholder="留空则按期次、工种、等级生成" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput label="开班日期" placeholder="YYYY-MM-DD" value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} />
        <TextInput label="结业日期" placeholder="YYYY-MM-DD" value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} />
        <NumberInput label="容量（人）" min={1} value={capacity} onChange={setCapacity} />
        <NumberInput label="规定课时" placeholder={catalogHours ? `目录默认 ${catalogHours}` : ''} min={1} value={hours} onChange={setHours} />
        <TextInput label="培训地点" value={venue} onChange={(e) => setVenue(e.currentTarget.value)} />
        <Group grow>
          <TextInput label="讲师" value={instructor} onChange={(e) => setInstructor(e.currentTarget.value)} />
          <TextInput label="称号" placeholder="劳模/工匠/技术能手" value={instructorTitle} onChange={(e) => setInstructorTitle(e.currentTarget.value)} />
        </Group>
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button onClick={submit} loading={create.isPending}>创建</Button>
      </Group>
    </Modal>
  );
}
