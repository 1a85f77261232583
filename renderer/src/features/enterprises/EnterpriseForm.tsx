import { notifyDone, notifyFailed } from '../../components/notify';
import { Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { enterpriseInput, type EnterpriseInput, type EnterpriseRow } from '@shared/contract/enterprises';
import { districtNames, industries } from '@shared/domain/places';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ModalActions } from '../../components/ModalActions';

/** Adds or edits an enterprise; `initialName` and `onSaved` let another form create one in passing. */
export function EnterpriseForm({
  existing,
  initialName = '',
  onClose,
  onSaved,
}: {
  existing?: EnterpriseRow;
  initialName?: string;
  onClose: () => void;
  onSaved?: (saved: EnterpriseRow) => void;
}) {
  const [draft, setDraft] = useState<EnterpriseInput>({
    name: existing?.name ?? initialName,
    creditCode: existing?.creditCode ?? '',
    industry: existing?.industry ?? '',
    district: existing?.district ?? '',
    contactName: existing?.contactName ?? '',
    contactPhone: existing?.contactPhone ?? '',
  });
  const [shown, setShown] = useState(false);
  const create = useApiMutation(api.enterprises.create);
  const update = useApiMutation(api.enterprises.update);
  const parsed = enterpriseInput.safeParse(draft);
  const errors: Partial<Record<keyof EnterpriseInput, string>> = {};
  if (shown && !parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0]) as keyof EnterpriseInput] ??= issue.message;
  const set = (patch: Partial<EnterpriseInput>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = () => {
    setShown(true);
    if (!parsed.success) return;
    const options = {
      onSuccess: (saved: EnterpriseRow) => {
        notifyDone(`企业“${saved.name}”已保存`, '已保存');
        onSaved?.(saved);
        onClose();
      },
      onError: notifyFailed,
    };
    if (existing) update.mutate({ id: existing.id, ...draft }, options);
    else create.mutate(draft, options);
  };
  return (
    <Modal opened onClose={onClose} title={existing ? `修改企业：${existing.name}` : '新增企业'} size="lg">
      <SimpleGrid cols={2}>
        <TextInput
          label="企业名称"
          required
          value={draft.name}
          error={errors.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <TextInput
          label="统一社会信用代码"
          value={draft.creditCode}
          error={errors.creditCode}
          placeholder="18 位，可暂不填"
          onChange={(e) => set({ creditCode: e.currentTarget.value })}
        />
        <Select
          label="行业"
          clearable
          data={[...industries]}
          value={draft.industry || null}
          onChange={(v) => set({ industry: v ?? '' })}
        />
        <Select
          label="区县"
          clearable
          data={[...districtNames]}
          value={draft.district || null}
          onChange={(v) => set({ district: v ?? '' })}
        />
        <TextInput
          label="联系人"
          value={draft.contactName}
          error={errors.contactName}
          onChange={(e) => set({ contactName: e.currentTarget.value })}
        />
        <TextInput
          label="联系电话"
          value={draft.contactPhone}
          error={errors.contactPhone}
          onChange={(e) => set({ contactPhone: e.currentTarget.value })}
        />
      </SimpleGrid>
      <ModalActions onCancel={onClose} onConfirm={submit} loading={create.isPending || update.isPending} />
    </Modal>
  );
}
