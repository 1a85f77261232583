import { Button, Card, FileButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { CertificateSettings } from '@shared/contract/certificates';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { fileToBase64 } from '../../components/files';
import { notifyDone, notifyFailed } from '../../components/notify';
import { NumberingForm } from './NumberingForm';

/** Number patterns, the base's code in them, and the seal printed on plain-paper certificates. */
export function SettingsTab() {
  const settings = useApiQuery(api.certificates.getSettings, {});
  const [draft, setDraft] = useState<CertificateSettings | null>(null);
  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data);
  }, [settings.data, draft]);
  if (!draft) return <Text c="dimmed">正在读取…</Text>;

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
    if (file.type !== 'image/png' && file.type !== 'image/jpeg')
      return notifyFailed(new Error('印章图片请用 PNG（透明背景最好）或 JPEG'));
    setDraft({ ...draft, sealImage: { mimeType: file.type, base64: await fileToBase64(file) } });
  };
  return (
    <Card withBorder maw={980}>
      <Stack>
        <TextInput
          label="基地代码"
          description="印在编号里的本基地简称，字母或数字，如 QZJX"
          value={draft.baseCode}
          onChange={(e) => setDraft({ ...draft, baseCode: e.currentTarget.value })}
          w={260}
        />
        <NumberingForm
          title="培训结业证书编号"
          pattern={draft.completionPattern}
          baseCode={draft.baseCode}
          showGrade={false}
          onChange={(completionPattern) => setDraft({ ...draft, completionPattern })}
        />
        <NumberingForm
          title="职业技能等级证书编号"
          pattern={draft.skillPattern}
          baseCode={draft.baseCode}
          showGrade
          onChange={(skillPattern) => setDraft({ ...draft, skillPattern })}
        />
        <Text size="xs" c="dimmed">
          编号在签发时连续分配，不重复、不跳号；证书作废后编号仍保留，不会给别人。
        </Text>
        <Group align="center">
          {draft.sealImage ? (
            <Image
              src={`data:${draft.sealImage.mimeType};base64,${draft.sealImage.base64}`}
              w={90}
              h={90}
              fit="contain"
              alt="印章"
            />
          ) : (
            <Text size="sm" c="dimmed">
              未设置印章图片
            </Text>
          )}
          <FileButton onChange={(file) => void seal(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button variant="default" {...props}>
                选择印章图片
              </Button>
            )}
          </FileButton>
          {draft.sealImage && (
            <Button variant="subtle" color="red" onClick={() => setDraft({ ...draft, sealImage: null })}>
              移除印章
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          印章只印在整张打印的培训结业证书上；套打的职业技能等级证书不印印章。
        </Text>
        <Group justify="end">
          <Button onClick={() => void save()}>保存</Button>
        </Group>
      </Stack>
    </Card>
  );
}
