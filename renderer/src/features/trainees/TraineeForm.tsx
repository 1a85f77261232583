import { notifyDone } from '../../components/notify';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TraineeDetail } from '@shared/contract/trainees';
import { traineeFields } from '@shared/contract/trainees';
import { educationLevels } from '@shared/domain/places';
import { checkResidentId } from '@shared/domain/resident-id';
import { api } from '../../api/client';
import { useApiMutation, useOptionalQuery } from '../../api/hooks';
import { EnterpriseSelect } from '../enterprises/EnterpriseSelect';
import { ModalActions } from '../../components/ModalActions';

interface Draft {
  name: string;
  idNumber: string;
  phone: string;
  education: string;
  enterpriseId: string | null;
  jobTitle: string;
  workStartDate: string;
}

const today = () => new Date().toLocaleDateString('sv-SE');

/** Checks with the contract's own schema (and the ID rule), so the form and the main process agree. */
function draftErrors(draft: Draft, creating: boolean): Partial<Record<keyof Draft, string>> {
  const errors: Partial<Record<keyof Draft, string>> = {};
  if (creating) {
    const id = checkResidentId(draft.idNumber, today());
    if (!id.ok) errors.idNumber = id.reason;
  }
  const parsed = traineeFields.safeParse({ ...draft, workStartDate: draft.workStartDate || null });
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0]) as keyof Draft] ??= issue.message;
  return errors;
}

/** Create (with the ID) or edit (ID, sex and birth date fixed) one trainee. */
export function TraineeForm({
  existing,
  onClose,
  onSaved,
}: {
  existing?: TraineeDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const [draft, setDraft] = useState<Draft>({
    name: existing?.name ?? '',
    idNumber: '',
    phone: '',
    education: existing?.education ?? '',
    enterpriseId: existing?.enterpriseId ?? null,
    jobTitle: existing?.jobTitle ?? '',
    workStartDate: existing?.workStartDate ?? '',
  });
  const [shown, setShown] = useState(false);
  const create = useApiMutation(api.trainees.create);
  const update = useApiMutation(api.trainees.update);
  const errors = shown ? draftErrors(draft, !existing) : {};
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  // One person, one record: a whole, valid ID number is looked up at once, before the rest is typed.
  const typedId = existing ? null : checkResidentId(draft.idNumber, today());
  const registered = useOptionalQuery(
    api.trainees.findByIdNumber,
    typedId?.ok ? { idNumber: typedId.idNumber } : null,
  ).data;
  const openRegistered = (id: string) => {
    onClose();
    onSaved?.(id);
  };

  const submit = () => {
    setShown(true);
    if (Object.keys(draftErrors(draft, !existing)).length > 0) return;
    const fields = { ...draft, workStartDate: draft.workStartDate || null };
    const done = (saved: TraineeDetail) => {
      notifyDone(`学员“${saved.name}”已保存`, '已保存');
      onClose();
      onSaved?.(saved.id);
    };
    const failed = (error: { payload: { code: string; message: string; details?: Record<string, unknown> } }) => {
      const existingId = error.payload.details?.existingId;
      notifications.show({
        color: existingId ? 'yellow' : 'red',
        title: existingId ? '此人已登记' : '未保存',
        message: error.payload.message,
      });
      if (typeof existingId === 'string') openRegistered(existingId);
    };
    if (existing)
      update.mutate(
        { id: existing.id, ...fields, phone: draft.phone === '' ? undefined : draft.phone },
        { onSuccess: done, onError: failed },
      );
    else create.mutate(fields, { onSuccess: done, onError: failed });
  };

  return (
    <Modal opened onClose={onClose} title={existing ? `修改学员：${existing.name}` : '新增学员'} size="lg">
      <SimpleGrid cols={2}>
        <TextInput
          label="姓名"
          required
          value={draft.name}
          error={errors.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        {existing ? (
          <TextInput label="身份证号" value={existing.idMasked} disabled description="身份证号登记后不可修改" />
        ) : (
          <TextInput
            label="身份证号"
            required
            value={draft.idNumber}
            error={errors.idNumber}
            description={
              typedId?.ok
                ? `${typedId.sex === 'male' ? '男' : '女'} · 出生于 ${typedId.birthDate}`
                : '性别与出生日期由号码自动得出'
            }
            onChange={(e) => set({ idNumber: e.currentTarget.value })}
          />
        )}
        <TextInput
          label="手机号"
          value={draft.phone}
          error={errors.phone}
          placeholder={existing ? `${existing.phoneMasked}（留空则不修改）` : ''}
          onChange={(e) => set({ phone: e.currentTarget.value })}
        />
        <Select
          label="文化程度"
          clearable
          data={[...educationLevels]}
          value={draft.education || null}
          error={errors.education}
          onChange={(v) => set({ education: v ?? '' })}
        />
        <EnterpriseSelect
          label="工作单位"
          creatable
          value={draft.enterpriseId}
          onChange={(id) => set({ enterpriseId: id })}
        />
        <TextInput
          label="岗位"
          value={draft.jobTitle}
          error={errors.jobTitle}
          onChange={(e) => set({ jobTitle: e.currentTarget.value })}
        />
        <TextInput
          label="参加工作时间"
          placeholder="例如 2010-07-01 或 2010.7"
          value={draft.workStartDate}
          error={errors.workStartDate}
          onChange={(e) => set({ workStartDate: e.currentTarget.value })}
        />
      </SimpleGrid>
      {registered && typedId?.ok && (
        <Alert color="yellow" mt="md" title="此人已登记">
          <Group justify="space-between">
            <Text size="sm">
              身份证号 {typedId.idNumber} 已是学员“{registered.name}”，不必重复登记。
            </Text>
            <Button size="compact-sm" onClick={() => openRegistered(registered.id)}>
              打开“{registered.name}”
            </Button>
          </Group>
        </Alert>
      )}
      <ModalActions onCancel={onClose} onConfirm={submit} loading={create.isPending || update.isPending} />
    </Modal>
  );
}
