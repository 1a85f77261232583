import { notifyDone, notifyFailed } from '../../components/notify';
import { Button, Card, Group, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { baseProfileInput, type BaseProfile, type BaseProfileInput } from '@shared/contract/settings';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatInstant } from '../../components/format';

type Field = keyof BaseProfileInput;
const fields: { key: Field; label: string; placeholder?: string; required?: boolean }[] = [
  { key: 'name', label: '基地名称', placeholder: '例如：泉州市机械行业产业工人技能实训基地', required: true },
  { key: 'orgCode', label: '统一社会信用代码', placeholder: '18 位，例如 91350500MA2XXXXXXX' },
  { key: 'address', label: '地址' },
  { key: 'certificateIssuer', label: '证书发证机构', placeholder: '印在培训结业证书上的发证单位' },
  { key: 'contactPhone', label: '联系电话' },
];

const toDraft = (profile: BaseProfile): BaseProfileInput => ({
  name: profile.name,
  orgCode: profile.orgCode,
  address: profile.address,
  certificateIssuer: profile.certificateIssuer,
  contactPhone: profile.contactPhone,
});

/** Errors by field, from the same schema the main process validates with. */
function localErrors(draft: BaseProfileInput): Partial<Record<Field, string>> {
  const parsed = baseProfileInput.safeParse(draft);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

export function BaseProfileForm() {
  const profile = useApiQuery(api.settings.getBaseProfile, {});
  const save = useApiMutation(api.settings.updateBaseProfile);
  const [draft, setDraft] = useState<BaseProfileInput | null>(null);
  const [showErrors, setShowErrors] = useState(false);

  useEffect(() => {
    if (profile.data && draft === null) setDraft(toDraft(profile.data));
  }, [profile.data, draft]);

  if (!draft || !profile.data) return <Card withBorder>正在读取基地信息…</Card>;
  const saved = toDraft(profile.data);
  const dirty = fields.some(({ key }) => draft[key] !== saved[key]);
  const errors = showErrors ? localErrors(draft) : {};

  const submit = () => {
    setShowErrors(true);
    if (Object.keys(localErrors(draft)).length > 0) return;
    save.mutate(draft, {
      onSuccess: (next) => {
        setDraft(toDraft(next));
        setShowErrors(false);
        notifyDone('基地信息已更新', '已保存');
      },
      onError: notifyFailed,
    });
  };

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="md">
        <Title order={4}>基地信息</Title>
        <Text size="xs" c="dimmed">
          {profile.data.updatedAt ? `最后修改：${formatInstant(profile.data.updatedAt)}` : '尚未填写'}
        </Text>
      </Group>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <SimpleGrid cols={2} spacing="md">
          {fields.map(({ key, label, placeholder, required }) => (
            <TextInput
              key={key}
              label={label}
              placeholder={placeholder}
              withAsterisk={required}
              value={draft[key]}
              error={errors[key]}
              onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        <Group mt="lg">
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            保存
          </Button>
          <Button
            variant="default"
            disabled={!dirty}
            onClick={() => {
              setDraft(saved);
              setShowErrors(false);
            }}
          >
            撤销修改
          </Button>
        </Group>
      </form>
    </Card>
  );
}
