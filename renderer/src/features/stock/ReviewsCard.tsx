import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { StockReviewRow } from '@shared/contract/stock';
import { stockItemLabels } from '@shared/domain/stock/ledger';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant } from '../../components/format';
import { notifyDone, notifyFailed } from '../../components/notify';

const signed = (row: StockReviewRow) =>
  row.kind === 'adjust' && row.quantity > 0 ? `+${row.quantity}` : String(row.quantity);

/** Stocktake adjustments and destructions waiting for a second person, and the last ones decided. */
export function ReviewsCard() {
  const reviews = useApiQuery(api.stock.reviews, {});
  const [deciding, setDeciding] = useState<{ row: StockReviewRow; approve: boolean } | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async () => {
    if (!deciding) return;
    setBusy(true);
    try {
      const row = await api.stock.decide({ reviewId: deciding.row.id, approve: deciding.approve, note });
      notifyDone(`${row.kindLabel}${row.statusLabel}`);
      setDeciding(null);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const rows = reviews.data ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>审核（盘点调整与销毁单，须另一人确认）</Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            暂无盘点调整或销毁单。
          </Text>
        ) : (
          <Table aria-label="审核事项" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>事项</Table.Th>
                <Table.Th>物品</Table.Th>
                <Table.Th>张数</Table.Th>
                <Table.Th>说明</Table.Th>
                <Table.Th>提交人</Table.Th>
                <Table.Th>状态</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    {row.kindLabel}
                    {row.kind === 'adjust' && (
                      <Text size="xs" c="dimmed">
                        账面 {row.bookQuantity} · 实盘 {row.countedQuantity}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{stockItemLabels[row.item]}</Table.Td>
                  <Table.Td>{signed(row)}</Table.Td>
                  <Table.Td>
                    {row.reason}
                    {row.decisionNote && (
                      <Text size="xs" c="dimmed">
                        审核意见：{row.decisionNote}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.makerName}
                    <Text size="xs" c="dimmed">
                      {formatInstant(row.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={row.status === 'pending' ? 'orange' : row.status === 'approved' ? 'teal' : 'gray'}>
                      {row.statusLabel}
                    </Badge>
                    {row.checkerName && (
                      <Text size="xs" c="dimmed">
                        {row.checkerName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.status === 'pending' && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          onClick={() => {
                            setNote('');
                            setDeciding({ row, approve: true });
                          }}
                        >
                          审核通过
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => {
                            setNote('');
                            setDeciding({ row, approve: false });
                          }}
                        >
                          驳回
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {deciding && (
        <ConfirmDialog
          opened
          title={`${deciding.approve ? '审核通过' : '驳回'}：${deciding.row.kindLabel}`}
          consequences={
            deciding.approve
              ? [
                  deciding.row.kind === 'adjust'
                    ? `${stockItemLabels[deciding.row.item]}账面可用调整 ${signed(deciding.row)} 张，写入台账`
                    : `${stockItemLabels[deciding.row.item]}待销毁减少 ${deciding.row.quantity} 张，记为已销毁`,
                  '审核人记为当前账号，须与提交人不同',
                ]
              : ['这份事项不再计入账面，驳回理由留存']
          }
          confirm={deciding.approve ? '审核通过' : '驳回'}
          loading={busy}
          onCancel={() => setDeciding(null)}
          onConfirm={() => void decide()}
        >
          <TextInput
            label={deciding.approve ? '审核意见（可不填）' : '驳回理由'}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={200}
          />
        </ConfirmDialog>
      )}
    </Card>
  );
}
