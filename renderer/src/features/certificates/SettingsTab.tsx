import { Button, Card, FileButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CertificateSettings } from '../../../../shared/contract/certificates';
import { checkNumberPattern, formatNumber } from '../../../../shared/domain/certificates/numbering';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { fileToBase64 } from '../../components/files';
import { notifyDone, notifyFailed } from '../../components/notify';

/** Number patterns, the base's code in them, and the seal printed on plain-paper certificates. */
export function SettingsTab() {
  const settings = useApiQuery(api.certificates.getSettings, {});
  const [draft, setDraft] = useState<CertificateSettings | null>(null);
  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data);
  }, [settings.data, draft]);
  if (!draft) return <Text c="dimmed">正在读取…</Text>;

  const example = (pattern: string) => {
    const check = checkNumberPattern(pattern);
    return check.ok ? `例：${formatNumber(pattern, { base: draft.baseCode.toUpperCase(), issueDate: new Date().toLocaleDateString('sv-SE'), grade: '4' }, 1)}` : check.reason;
  };
  const save = async () => {
    try {
      setDraft(await api.certificates.updateSettings(draft));
      notifyDone('证书设置已保存');
    } catch (error) {
      notifyFailed(error);
    }
  };
  const seal = async (file: File | null) => {
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return notifyFailed(new Error('印章图片请用 PNG（透明背景最好）或 JPEG'));
    setDraft({ ...draft, sealImage: { mimeType: file.type, base64: await fileToBase64(file) } });
  };
  return (
    <Card withBorder maw={760}>
      <Stack>
        <TextInput label="基地代码 {base}" value={draft.baseCode} onChange={(e) => setDraft({ ...draft, baseCode: e.currentTarget.value })} w={200} />
        <TextInput label="培训结业证书编号规则" description={example(draft.completionPattern)} value={draft.completionPattern} onChange={(e) => setDraft({ ...draft, completionPattern: e.currentTarget.value })} />
        <TextInput label="职业技能等级证书编号规则" description={example(draft.skillPattern)} value={draft.skillPattern} onChange={(e) => setDraft({ ...draft, skillPattern: e.currentTarget.value })} />
        <Text size="xs" c="dimmed">
          占位符：{'{base}'} 基地代码、{'{yyyy}'}/{'{yy}'} 发证年、{'{mm}'} 发证月、{'{grade}'} 等级（5…1）、{'{seq6}'} 6 位流水号。每个前缀（年份、等级等不同）各自从 1 连续编号，编号在签发的同一事务中分配，作废不释放编号。
        </Text>
        <Group align="center">
          {draft.sealImage ? <Image src={`data:${draft.sealImage.mimeType};base64,${draft.sealImage.base64}`} w={90} h={90} fit="contain" alt="印章" /> : <Text size="sm" c="dimmed">未设置印章图片</Text>}
          <FileButton onChange={(file) => void seal(file)} accept="image/png,image/jpeg">
            {(props) => <Button variant="default" {...props}>选择印章图片</Button>}
          </FileButton>
          {draft.sealImage && <Button variant="subtle" color="red" onClick={() => setDraft({ ...draft, sealImage: null })}>移除印章</Button>}
        </Group>
        <Text size="xs" c="dimmed">印章只印在整张打印的培训结业证书上；套打的职业技能等级证书不印印章。</Text>
        <Group justify="end">
          <Button onClick={() => void save()}>保存</Button>
        </Group>
      </Stack>
    </Card>
  );
}
