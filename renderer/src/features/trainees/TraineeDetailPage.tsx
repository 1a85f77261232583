import { notifyFailed } from '../../components/notify';
import { Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCertificate } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatInstant } from '../../components/format';
import { MaskedId } from '../../components/MaskedId';
import { TraineeForm } from './TraineeForm';
import { TraineePhoto } from './TraineePhoto';
import { EligibilityPanel } from '../eligibility/EligibilityPanel';
import { HistoryDrawer } from '../certificates/HistoryDrawer';
import { TraineePromotionsPanel } from '../promotions/TraineePromotionsPanel';

export function TraineeDetailPage({ id, onBack }: { id: string; onBack: () => void }) {
  const detail = useApiQuery(api.trainees.get, { id });
  const remove = useApiMutation(api.trainees.delete);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [certificates, setCertificates] = useState(false);
  // One logged reveal serves both numbers.
  const [identity, setIdentity] = useState<Promise<{ idNumber: string; phone: string }> | null>(null);
  const reveal = () => {
    const pending = identity ?? api.trainees.revealIdentity({ id });
    setIdentity(pending);
    pending.catch((error: Error) => {
      setIdentity(null);
      notifyFailed(error);
    });
    return pending;
  };

  if (!detail.data) {
    return <Text c="dimmed">{detail.error ? detail.error.message : '正在读取…'}</Text>;
  }
  const t = detail.data;
  const rows: [string, ReactNode][] = [
    [
      '身份证号',
      <MaskedId key="id" label="身份证号" masked={t.idMasked} reveal={() => reveal().then((r) => r.idNumber)} />,
    ],
    ['性别', t.sex === 'male' ? '男' : '女'],
    ['出生年份', t.birthYear],
    [
      '手机号',
      <MaskedId key="phone" label="手机号" masked={t.phoneMasked} reveal={() => reveal().then((r) => r.phone)} />,
    ],
    ['文化程度', t.education || '—'],
    [
      '工作单位',
      t.enterpriseName ? `${t.enterpriseName}${t.enterpriseDistrict ? `（${t.enterpriseDistrict}）` : ''}` : '—',
    ],
    ['岗位', t.jobTitle || '—'],
    ['参加工作时间', t.workStartDate ?? '—'],
    ['登记时间', formatInstant(t.createdAt)],
    ['最后修改', formatInstant(t.updatedAt)],
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
            返回列表
          </Button>
          <Title order={2}>{t.name}</Title>
        </Group>
        <Group gap="xs">
          <Button variant="light" leftSection={<IconCertificate size={16} />} onClick={() => setCertificates(true)}>
            证书记录
          </Button>
          <Button variant="light" onClick={() => setEditing(true)}>
            修改
          </Button>
          <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
            删除
          </Button>
        </Group>
      </Group>
      <Card withBorder padding="lg">
        <Group align="flex-start" gap="xl" wrap="nowrap">
          <TraineePhoto traineeId={id} />
          <Table withRowBorders={false} aria-label="学员信息" style={{ flex: 1 }}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={120} c="dimmed" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Group>
      </Card>
      <EligibilityPanel traineeId={id} />
      <TraineePromotionsPanel traineeId={id} name={t.name} />
      {editing && <TraineeForm existing={t} onClose={() => setEditing(false)} />}
      {certificates && <HistoryDrawer traineeId={id} name={t.name} onClose={() => setCertificates(false)} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`删除学员“${t.name}”？`}>
        <Text size="sm">记录将标记为已删除，培训与证书历史保留；同一身份证号再次登记时恢复此记录。</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            取消
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate({ id }, { onSuccess: onBack, onError: notifyFailed })}
          >
            删除
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
