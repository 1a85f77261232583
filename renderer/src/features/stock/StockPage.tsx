import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { StockItemState } from '@shared/contract/stock';
import { stockItemLabels, stockItems, type StockItem } from '@shared/domain/stock/ledger';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useJob } from '../../api/jobs';
import { JobProgressDialog } from '../../components/JobProgressDialog';
import { notifyDone, notifyFailed } from '../../components/notify';
import { LedgerTable } from './LedgerTable';
import { MovementDialog, type MovementAction } from './MovementDialog';
import { ReviewsCard } from './ReviewsCard';

function BalanceCard({ state, onAction }: { state: StockItemState; onAction: (action: MovementAction) => void }) {
  return (
    <Card withBorder aria-label={`${state.label}库存`}>
      <Group justify="space-between">
        <Title order={4}>{state.label}</Title>
        {state.low && <Badge color="red">低于预警线 {state.lowThreshold} 张</Badge>}
        {!state.started && <Badge color="gray">未建账</Badge>}
      </Group>
      <Group gap="xl" mt="sm">
        <div>
          <Text size="xs" c="dimmed">
            可用
          </Text>
          <Text size="xl" fw={700}>
            {state.balance.available} 张
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            待销毁
          </Text>
          <Text size="xl" fw={700}>
            {state.balance.pending} 张
          </Text>
        </div>
      </Group>
      <Group gap="xs" mt="md">
        <Button size="xs" onClick={() => onAction('receive')}>
          入库
        </Button>
        <Button size="xs" variant="default" disabled={!state.started} onClick={() => onAction('spoil')}>
          损坏作废
        </Button>
        <Button size="xs" variant="default" disabled={!state.started} onClick={() => onAction('stocktake')}>
          盘点
        </Button>
        <Button size="xs" variant="default" disabled={state.balance.pending === 0} onClick={() => onAction('destroy')}>
          销毁
        </Button>
      </Group>
    </Card>
  );
}

/** 证书库存: the blank skill-level certificates and covers, every sheet accounted for. */
export function StockPage() {
  const overview = useApiQuery(api.stock.overview, {});
  const [dialog, setDialog] = useState<{ action: MovementAction; state: StockItemState } | null>(null);
  const [item, setItem] = useState<StockItem>('blank');
  const job = useJob();
  const download = async (kind: 'ledger' | 'stocktake') => {
    try {
      const date = dayjs().format('YYYY-MM-DD');
      const file =
        kind === 'ledger'
          ? await job.run(api.stock.exportLedger, {}, { saveAs: `证书库存台账-${date}.xlsx` })
          : await job.run(api.stock.exportStocktakeSheet, {}, { saveAs: `证书盘点表-${date}.xlsx` });
      notifyDone(`已导出到 ${file.fileName}`, '已导出');
    } catch (error) {
      notifyFailed(error);
    }
  };
  const data = overview.data;
  return (
    <Stack maw={1200}>
      <JobProgressDialog job={job} />
      <Group justify="space-between">
        <Title order={2}>证书库存</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void download('stocktake')}>
            导出盘点表
          </Button>
          <Button variant="default" onClick={() => void download('ledger')}>
            导出台账
          </Button>
        </Group>
      </Group>
      {overview.error && <Alert color="red">{overview.error.message}</Alert>}
      {data && (
        <>
          {data.items.some((s) => s.low) && (
            <Alert color="red" title="库存不足">
              {data.items
                .filter((s) => s.low)
                .map((s) => `${s.label}仅剩 ${s.balance.available} 张`)
                .join('，')}
              ，请及时申领。
            </Alert>
          )}
          {data.pendingReviews > 0 && (
            <Alert color="orange">有 {data.pendingReviews} 项盘点调整或销毁单等待另一位工作人员审核。</Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {data.items.map((state) => (
              <BalanceCard key={state.item} state={state} onAction={(action) => setDialog({ action, state })} />
            ))}
          </SimpleGrid>
          <ReviewsCard />
          <Card withBorder>
            <Title order={4}>领用结算（按培训班）</Title>
            <Text size="sm" c="dimmed" mb="xs">
              已打印 = 领用 − 退回 − 损坏；领用超过合格人数 × 1.1 须写明原因。
            </Text>
            {data.batches.length === 0 ? (
              <Text size="sm" c="dimmed">
                尚无培训班从库存领用空白证书。
              </Text>
            ) : (
              <Table aria-label="领用结算" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>培训班</Table.Th>
                    <Table.Th>合格</Table.Th>
                    <Table.Th>可领上限</Table.Th>
                    <Table.Th>领用</Table.Th>
                    <Table.Th>退回</Table.Th>
                    <Table.Th>损坏</Table.Th>
                    <Table.Th>已打印</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.batches.map((b) => (
                    <Table.Tr key={b.cohortId}>
                      <Table.Td>{b.cohortName}</Table.Td>
                      <Table.Td>{b.passes}</Table.Td>
                      <Table.Td>{b.limit}</Table.Td>
                      <Table.Td c={b.used > b.limit ? 'red' : undefined}>{b.used}</Table.Td>
                      <Table.Td>{b.returned}</Table.Td>
                      <Table.Td>{b.spoiled}</Table.Td>
                      <Table.Td>{b.printed}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
          <Card withBorder>
            <Group justify="space-between" mb="xs">
              <Title order={4}>台账</Title>
              <SegmentedControl
                value={item}
                onChange={(v) => setItem(v as StockItem)}
                data={stockItems.map((i) => ({ value: i, label: stockItemLabels[i] }))}
              />
            </Group>
            <LedgerTable item={item} />
          </Card>
        </>
      )}
      {dialog && <MovementDialog action={dialog.action} state={dialog.state} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
