import { Modal, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { cohortFields, type CohortDetail } from '@shared/contract/cohorts/cohorts';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { api, ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';
import { EnterpriseMultiSelect } from '../enterprises/EnterpriseSelect';
import { StaffEditor, type StaffDraft } from './StaffEditor';

/**
 * New cohort, or the details of an existing one (job type and grade are fixed once created: the
 * enrollments were checked against them). Staff are people records reused across cohorts.
 */
export function CohortForm({
  cohort,
  onClose,
  onSaved,
}: {
  cohort?: CohortDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const jobType = jobTypes.data?.find((j) => j.id === jobTypeId);
  const catalogHours = jobType?.grades.find((g) => String(g.grade) === grade)?.trainingHours;

  /** Marks every field that is wrong at once, from the contract's own checks; the server's answer marks its fields too. */
  const submit = () => {
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
    const found: Record<string, string> = {};
    if (!jobTypeId) found.jobTypeId = '请选择工种';
    if (!grade) found.grade = '请选择申报等级';
    const parsed = cohortFields.safeParse({ ...fields, jobTypeId: jobTypeId ?? '-', grade: Number(grade ?? 5) });
    if (!parsed.success) for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    if (!found.startDate && !found.endDate && fields.startDate && fields.endDate && fields.endDate < fields.startDate)
      found.endDate = '结业日期早于开班日期';
    setErrors(found);
    if (Object.keys(found).length > 0 || !jobTypeId || !grade) return;
    const done = {
      onSuccess: (saved: CohortDetail) => {
        notifyDone(`已保存“${saved.name}”`);
        onClose();
        onSaved?.(saved.id);
      },
      onError: (error: Error) => {
        const issues = error instanceof ApiError ? (error.payload.details?.issues ?? []) : [];
        if (issues.length > 0) setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
        else notifyFailed(error);
      },
    };
    if (cohort) update.mutate({ id: cohort.id, ...fields }, done);
    else create.mutate({ ...fields, jobTypeId, grade: Number(grade) }, done);
  };

  // A retired job type is not offered for new cohorts, but an existing cohort of one still shows it.
  const jobTypeOptions = (jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }));
  if (cohort && !jobTypeOptions.some((o) => o.value === cohort.jobTypeId))
    jobTypeOptions.push({ value: cohort.jobTypeId, label: `${cohort.jobTypeName} ${cohort.jobTypeCode}` });
  return (
    <Modal opened onClose={onClose} title={cohort ? `修改培训班：${cohort.name}` : '新建培训班'} size="56rem">
      <SimpleGrid cols={2}>
        <Select
          label="工种"
          withAsterisk
          searchable
          disabled={!!cohort}
          data={jobTypeOptions}
          value={jobTypeId}
          onChange={setJobTypeId}
          error={errors.jobTypeId}
        />
        <Select
          label="申报等级"
          withAsterisk
          error={errors.grade}
          disabled={!!cohort}
          data={
            cohort
              ? [{ value: String(cohort.grade), label: gradeLabel(cohort.grade as Grade) }]
              : (jobType?.grades ?? []).map((g) => ({ value: String(g.grade), label: gradeLabel(g.grade) }))
          }
          value={grade}
          onChange={setGrade}
        />
        <TextInput
          label="期次"
          placeholder="2026年第3期"
          value={term}
          onChange={(e) => setTerm(e.currentTarget.value)}
        />
        <TextInput
          label="班级名称"
          placeholder="留空则按期次、工种、等级生成"
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label="开班日期"
          placeholder="YYYY-MM-DD"
          value={startDate}
          error={errors.startDate}
          onChange={(e) => setStartDate(e.currentTarget.value)}
        />
        <TextInput
          label="结业日期"
          placeholder="YYYY-MM-DD"
          value={endDate}
          error={errors.endDate}
          onChange={(e) => setEndDate(e.currentTarget.value)}
        />
        <NumberInput
          label="容量（人）"
          withAsterisk
          min={1}
          value={capacity}
          error={errors.capacity}
          onChange={setCapacity}
        />
        <NumberInput
          label="规定课时"
          placeholder={catalogHours ? `目录默认 ${catalogHours}` : ''}
          min={1}
          value={hours}
          error={errors.requiredHours}
          onChange={setHours}
        />
        <TextInput
          label="培训地点"
          value={venue}
          error={errors.venue}
          onChange={(e) => setVenue(e.currentTarget.value)}
        />
        <EnterpriseMultiSelect label="合作企业" value={enterpriseIds} onChange={setEnterpriseIds} />
      </SimpleGrid>
      <StaffEditor staff={staff} onChange={setStaff} />
      <Textarea
        label="备注"
        mt="sm"
        autosize
        minRows={1}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <ModalActions
        onCancel={onClose}
        onConfirm={submit}
        confirm={cohort ? '保存' : '创建'}
        loading={create.isPending || update.isPending}
      />
    </Modal>
  );
}
