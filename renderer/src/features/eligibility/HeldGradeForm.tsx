import { Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { gradeSourceLabels, gradeSources, type GradeSource } from '@shared/contract/eligibility';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { notifyDone, notifyFailed } from '../../components/notify';
import { ModalActions } from '../../components/ModalActions';

/** Records a certificate the trainee already holds (既有证书登记), so eligibility can count it. */
export function HeldGradeForm({ traineeId, onClose }: { traineeId: string; onClose: () => void }) {
  // Retired job types stay choosable here: an old certificate may be in one.
  const jobTypes = useApiQuery(api.jobTypes.list, { includeRetired: true });
  const add = useApiMutation(api.eligibility.addHeldGrade);
  const [jobTypeId, setJobTypeId] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [obtainedOn, setObtainedOn] = useState('');
  const [certificateNo, setCertificateNo] = useState('');
  const [source, setSource] = useState<GradeSource>('record');
  const jobType = jobTypes.data?.find((j) => j.id === jobTypeId);

  const submit = () => {
    if (!jobTypeId || !grade) return notifyFailed(new Error('请选择工种和等级'));
    add.mutate(
      { traineeId, jobTypeId, grade: Number(grade) as Grade, obtainedOn, certificateNo, source },
      {
        onSuccess: (row) => {
          notifyDone(`已登记 ${row.jobTypeName} ${gradeLabel(row.grade)}`);
          onClose();
        },
        onError: notifyFailed,
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="登记已有等级证书">
      <SimpleGrid cols={2}>
        <Select
          label="工种"
          searchable
          data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
          value={jobTypeId}
          onChange={setJobTypeId}
        />
        <Select
          label="等级"
          data={(jobType?.grades ?? []).map((g) => ({ value: String(g), label: gradeLabel(g) }))}
          value={grade}
          onChange={setGrade}
        />
        <TextInput
          label="取证日期"
          placeholder="YYYY-MM-DD"
          value={obtainedOn}
          onChange={(e) => setObtainedOn(e.currentTarget.value)}
        />
        <TextInput label="证书编号" value={certificateNo} onChange={(e) => setCertificateNo(e.currentTarget.value)} />
        <Select
          label="来源"
          data={gradeSources.map((s) => ({ value: s, label: gradeSourceLabels[s] }))}
          value={source}
          onChange={(v) => v && setSource(v as GradeSource)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <ModalActions onCancel={onClose} onConfirm={submit} confirm="登记" loading={add.isPending} />
    </Modal>
  );
}
