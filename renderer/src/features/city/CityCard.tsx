import { Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useJob } from '../../api/jobs';
import { formatInstant } from '../../components/format';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { notifyDone, notifyFailed } from '../../components/notify';

/**
 * 设置 → 市级汇总: the keys that tie this base to the city store, and the packages it sends there
 * (a file for a USB stick or e-mail; the city's administrator imports it).
 */
export function CityCard() {
  const link = useApiQuery(api.city.getLink, {});
  const [cityKey, setCityKey] = useState('');
  const [saving, setSaving] = useState(false);
  const job = useJob();
  const status = link.data;

  const saveKey = async () => {
    setSaving(true);
    try {
      await api.city.saveLink({ cityPublicKey: cityKey });
      setCityKey('');
      notifyDone('已导入市级平台公钥');
      await link.refetch();
    } catch (error) {
      notifyFailed(error);
    } finally {
      setSaving(false);
    }
  };

  const makePackage = async (kind: 'changes' | 'full') => {
    const sequence = (status?.lastSequence ?? 0) + 1;
    try {
      const made = await job.run(
        api.city.exportPackage,
        { kind },
        { saveAs: `市级汇总-第${sequence}号-${dayjs().format('YYYY-MM-DD')}.jxcity` },
      );
      await api.city.recordPackage({ sequence: made.sequence, watermark: made.watermark, rows: made.rows });
      notifyDone(
        `第 ${made.sequence} 号数据包已生成${made.kind === 'full' ? '（全部数据）' : ''}，共 ${made.rows.toLocaleString('zh-CN')} 行`,
        '已生成数据包',
      );
      await link.refetch();
    } catch (error) {
      notifyFailed(error);
    }
  };

  return (
    <Card withBorder padding="lg">
      <JobProgressDialog job={job} />
      <Title order={4} mb="xs">
        市级汇总
      </Title>
      <Text size="sm" mb="sm">
        本基地的数据定期汇总到市级平台。每个数据包只含上次以来的变动（含删除），经本基地签名、只有市级平台能解密，可用 U
        盘或邮件交给市级管理员导入；重复导入不会重复计数。
      </Text>
      {status && !status.baseCode && (
        <Alert color="yellow" mb="sm">
          请先在上方“基地信息”中填写统一社会信用代码：市级平台以它识别本基地。
        </Alert>
      )}
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500}>
            市级平台公钥
          </Text>
          {status?.cityKeyFingerprint ? (
            <Text size="sm">
              已导入，指纹 <Code>{status.cityKeyFingerprint}</Code>（请与市级管理员电话核对）
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              尚未导入：向市级管理员索取后粘贴在下面。
            </Text>
          )}
          <Group align="flex-end" mt={4}>
            <Textarea
              aria-label="市级平台公钥"
              placeholder="-----BEGIN PUBLIC KEY----- …"
              value={cityKey}
              onChange={(event) => setCityKey(event.currentTarget.value)}
              autosize
              minRows={2}
              style={{ flex: 1 }}
            />
            <Button loading={saving} disabled={!cityKey.trim()} onClick={() => void saveKey()}>
              导入公钥
            </Button>
          </Group>
        </div>
        {status?.basePublicKey && (
          <div>
            <Group justify="space-between">
              <Text size="sm" fw={500}>
                本基地公钥（交给市级管理员登记）
              </Text>
              <CopyButton value={status.basePublicKey}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? '已复制' : '复制公钥'}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">
              指纹 <Code>{status.baseKeyFingerprint}</Code>
            </Text>
          </div>
        )}
        <Group justify="space-between">
          <Text size="sm" aria-label="上次数据包">
            {status?.lastPackageAt
              ? `上次：第 ${status.lastSequence} 号，${formatInstant(status.lastPackageAt)}，${status.lastRows.toLocaleString('zh-CN')} 行`
              : '还没有生成过数据包'}
          </Text>
          <Group>
            <Button
              variant="default"
              disabled={!status?.cityKeyFingerprint || !status.baseCode}
              onClick={() => void makePackage('full')}
            >
              生成全部数据包
            </Button>
            <Button
              disabled={!status?.cityKeyFingerprint || !status.baseCode}
              onClick={() => void makePackage('changes')}
            >
              生成变动数据包
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
