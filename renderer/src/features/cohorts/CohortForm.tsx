import { Modal, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CohortDetail } from '../../../../shared/contract/cohorts/cohorts';
import { gradeLabel, type Grade } from '../../../../shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';
import { EnterpriseMultiSelect } from '../enterprises/EnterpriseSelect';
import { StaffEditor, type StaffDraft } from './StaffEditor';

/**
 * New cohort, or the details of an existing one (job type and grade are fixed once created: the
 * enrollments were checked against them). Staff are people records reused across cohorts.
 */
export function CohortForm({ cohort, onClose, onSaved }: { cohort?: CohortDetail; onClose: () => void; onSaved?: (id: string) => void }) {
  const jobTypes = useApiQuery(api.jobTypes.listActive, {});
  const create = useApiMutation(api.cohorts.create);
  const update = useApiMutation(api.cohorts.update);
  const [jobTypeId, setJobTypeId] = useState<string | null>(cohort?.jobTypeId ?? null);
  const [grade, setGrade] = useState<string | null>(cohort ? String(cohort.grade) : null);
  const [name, setName] = useState(cohort?.name ?? '');
  const [term, setTerm] = useState(cohort?.term ?? '');
  const [startDate, setStartDate] = useState(cohort?.startDate ?? '');
  const [endDate, setEndDate] = useState(cohort?.endDate ?? '');
  const [venue, setVenue] = useState(cohort?.venue ?? '');
  const [capacity, setCapacity] = useState<number | string>(cohort?.capacity ?? 50);
  const [hours, setHours] = useState<number | string>(cohort?.requiredHours ?? '');
  const [note, setNote] = useState(cohort?.note ?? '');
  const [staff, setStaff] = useState<StaffDraft[]>(cohort?.staff ?? []);
  const [enterpriseIds, setEnterpriseIds] = useState<string[]>(cohort?.enterprises.map((e) => e.id) ?? []);
  const jobType = jobTypes.data?.find((j) => j.id === jobTypeId);
  const catalogHours = jobType?.grades.find((g) => String(g.grade) === grade)?.trainingHours;

  const submit = () => {
    if (!jobTypeId || !grade) return notifyFailed('请选择工种和等级');
    const fields = {
      name: name || `${term} ${jobType?.name ?? ''} ${gradeLabel(Number(grade) as Grade)}`.trim(),
      term,
      startDate: startDate || null,
      endDate: endDate || null,
      venue,
      capacity: Number(capacity),
      requiredHours: hours === '' ? undefined : Number(hours),
      note,
      staff: staff.filter((s) => s.name.trim() !== ''),
      enterpriseIds,
    };
    const done = { onSuccess: (saved: CohortDetail) => { notifyDone(`已保存“${saved.name}”`); onClose(); onSaved?.(saved.id); }, onError: notifyFailed };
    if (cohort) update.mutate({ id: cohort.id, ...fields }, done);
    else create.mutate({ ...fields, jobTypeId, grade: Number(grade) }, done);
  };

  // A retired job type is not offered for new cohorts, but an existing cohort of one still shows it.
  const jobTypeOptions = (jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }));
  if (cohort && !jobTypeOptions.some((o) => o.value === cohort.jobTypeId)) jobTypeOptions.push({ value: cohort.jobTypeId, label: `${cohort.jobTypeName} ${cohort.jobTypeCode}` });
  return (
    <Modal opened onClose={onClose} title={cohort ? `修改培训班：${cohort.name}` : '新建培训班'} size="56rem">
      <SimpleGrid cols={2}>
        <Select label="工种" searchable disabled={!!cohort} data={jobTypeOptions} value={jobTypeId} onChange={setJobTypeId} />
        <Select
          label="申报等级"
          disabled={!!cohort}
          data={cohort ? [{ value: String(cohort.grade), label: gradeLabel(cohort.grade as Grade) }] : (jobType?.grades ?? []).map((g) => ({ value: String(g.grade), label: gradeLabel(g.grade) }))}
          value={grade}
          onChange={setGrade}
        />
        <TextInput label="期次" placeholder="2026年第3期" value={term} onChange={(e) => setTerm(e.currentTarget.value)} />
        <TextInput label="班级名称" placeholder="留空则按期次、工种、等级生成" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput label="开班日期" placeholder="YYYY-MM-DD" value={startDate} onChange={(e) => setStartDate(e.currentTarget.value)} />
        <TextInput label="结业日期" placeholder="YYYY-MM-DD" value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} />
        <NumberInput label="容量（人）" min={1} value={capacity} onChange={setCapacity} />
        <NumberInput label="规定课时" placeholder={catalogHours ? `目录默认 ${catalogHours}` : ''} min={1} value={hours} onChange={setHours} />
        <TextInput label="培训地点" value={venue} onChange={(e) => setVenue(e.currentTarget.value)} />
        <EnterpriseMultiSelect label="合作企业" value={enterpriseIds} onChange={setEnterpriseIds} />
      </SimpleGrid>
      <StaffEditor staff={staff} onChange={setStaff} />
      <Textarea label="备注" mt="sm" autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <ModalActions onCancel={onClose} onConfirm={submit} confirm={cohort ? '保存' : '创建'} loading={create.isPending || update.isPending} />
    </Modal>
  );
}
