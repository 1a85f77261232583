import { Modal, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { allGrades, gradeLabel } from '@shared/domain/grades';
import { api, ApiError } from '../../api/client';
import { useApiMutation, useApiQuery, useOptionalQuery } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';
import { notifyDone, notifyFailed } from '../../components/notify';

const recognitionGrades = allGrades.filter((g) => g !== 6).reverse();
const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * 破格晋升 / 直接认定 / 特级技师、首席技师评聘, recorded from the document that decided it: the
 * base records it, it does not decide it, and the record waits 待审核 for a second person.
 */
export function RecognitionForm({
  trainee,
  onClose,
}: {
  /** Fixed when opened from a trainee's page; otherwise typed by ID number. */
  trainee?: { id: string; name: string };
  onClose: () => void;
}) {
  const jobTypes = useApiQuery(api.jobTypes.listActive, {});
  const save = useApiMutation(api.promotions.proposeRecognition);
  const [idNumber, setIdNumber] = useState('');
  const typed = idNumber.trim().toUpperCase();
  const found = useOptionalQuery(
    api.trainees.findByIdNumber,
    trainee || typed.length !== 18 ? null : { idNumber: typed },
  );
  const person = trainee ?? found.data ?? null;
  const [jobTypeId, setJobTypeId] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [documentNo, setDocumentNo] = useState('');
  const [issuingBody, setIssuingBody] = useState('');
  const [documentDate, setDocumentDate] = useState(today());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = () => {
    const found: Record<string, string> = {};
    if (!person)
      found.traineeId = typed.length === 18 ? '没有这个身份证号的学员，请先登记学员' : '请输入 18 位身份证号';
    if (!jobTypeId) found.jobTypeId = '请选择工种';
    if (!grade) found.toGrade = '请选择认定等级';
    if (!documentNo.trim()) found.documentNo = '请填写认定文件文号';
    if (!issuingBody.trim()) found.issuingBody = '请填写发文单位';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(documentDate.trim())) found.documentDate = '发文日期应为 YYYY-MM-DD';
    setErrors(found);
    if (Object.keys(found).length > 0 || !person || !jobTypeId || !grade) return;
    save.mutate(
      { traineeId: person.id, jobTypeId, toGrade: Number(grade), documentNo, issuingBody, documentDate, note },
      {
        onSuccess: (row) => {
          notifyDone(`已登记${row.name}${row.jobTypeName}${gradeLabel(row.toGrade)}的认定，待另一人核准`);
          onClose();
        },
        onError: (error) => {
          const issues = error instanceof ApiError ? (error.payload.details?.issues ?? []) : [];
          if (issues.length > 0) setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
          else notifyFailed(error);
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="登记破格晋升 / 直接认定" size="48rem">
      <Text size="sm" c="dimmed" mb="sm">
        按认定文件登记：文号、发文单位和日期都会记在晋升记录里。登记后为“待审核”，须由另一人核准才写入等级。
      </Text>
      <SimpleGrid cols={2}>
        {trainee ? (
          <TextInput label="学员" value={trainee.name} readOnly />
        ) : (
          <TextInput
            label="身份证号"
            withAsterisk
            data-autofocus
            value={idNumber}
            onChange={(e) => setIdNumber(e.currentTarget.value)}
            error={errors.traineeId}
            description={
              person ? `学员：${person.name}` : typed.length === 18 && found.isFetched ? '没有这个身份证号的学员' : ' '
            }
          />
        )}
        <Select
          label="工种"
          withAsterisk
          searchable
          data={(jobTypes.data ?? []).map((j) => ({ value: j.id, label: `${j.name} ${j.code}` }))}
          value={jobTypeId}
          onChange={setJobTypeId}
          error={errors.jobTypeId}
        />
        <Select
          label="认定等级"
          withAsterisk
          data={recognitionGrades.map((g) => ({ value: String(g), label: gradeLabel(g) }))}
          value={grade}
          onChange={setGrade}
          error={errors.toGrade}
        />
        <TextInput
          label="认定文件文号"
          withAsterisk
          placeholder="闽人社文〔2026〕12号"
          value={documentNo}
          onChange={(e) => setDocumentNo(e.currentTarget.value)}
          error={errors.documentNo}
        />
        <TextInput
          label="发文单位"
          withAsterisk
          placeholder="福建省人力资源和社会保障厅"
          value={issuingBody}
          onChange={(e) => setIssuingBody(e.currentTarget.value)}
          error={errors.issuingBody}
        />
        <TextInput
          label="发文日期"
          withAsterisk
          placeholder="YYYY-MM-DD"
          value={documentDate}
          onChange={(e) => setDocumentDate(e.currentTarget.value)}
          error={errors.documentDate}
        />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label="备注"
        value={note}
        maxLength={200}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.note}
      />
      <ModalActions onCancel={onClose} onConfirm={submit} confirm="登记" loading={save.isPending} />
    </Modal>
  );
}
