import { Modal, Table, Text } from '@mantine/core';
import { partLabels } from '@shared/domain/cohorts/marks';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { formatInstant } from '../../components/format';

/** Every sitting and correction of one trainee's marks, with who entered and confirmed each. */
export function MarkHistoryModal({
  enrollment,
  onClose,
}: {
  enrollment: { id: string; name: string } | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={enrollment !== null} onClose={onClose} title={`${enrollment?.name ?? ''} 成绩历史`} size="xl">
      {enrollment && <History enrollmentId={enrollment.id} />}
    </Modal>
  );
}

function History({ enrollmentId }: { enrollmentId: string }) {
  const history = useApiQuery(api.cohorts.markHistory, { enrollmentId });
  if (!history.data) return <Text>正在读取…</Text>;
  return (
    <Table fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>科目</Table.Th>
          <Table.Th>场次</Table.Th>
          <Table.Th>成绩</Table.Th>
          <Table.Th>录入</Table.Th>
          <Table.Th>确认</Table.Th>
          <Table.Th>修改理由</Table.Th>
          <Table.Th>状态</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((h, i) => (
          <Table.Tr key={i}>
            <Table.Td>{partLabels[h.part]}</Table.Td>
            <Table.Td>{h.attempt === 1 ? '首考' : `第 ${h.attempt - 1} 次补考`}</Table.Td>
            <Table.Td>{h.text}</Table.Td>
            <Table.Td>
              {h.enteredByName} {formatInstant(h.enteredAt)}
              {h.source === 'import' ? '（导入）' : ''}
            </Table.Td>
            <Table.Td>{h.confirmedByName ?? '—'}</Table.Td>
            <Table.Td>{h.changeReason ?? ''}</Table.Td>
            <Table.Td>
              {h.replaced ? (
                <Text fz="sm" c="dimmed">
                  已更正
                </Text>
              ) : history.data.some((o) => o.part === h.part && o.attempt > h.attempt && !o.replaced) ? (
                <Text fz="sm" c="dimmed">
                  被补考取代
                </Text>
              ) : (
                '有效'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
