import { Badge } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { StockMovementRow } from '@shared/contract/stock';
import type { StockItem } from '@shared/domain/stock/ledger';
import { api } from '../../api/client';
import { formatInstant } from '../../components/format';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';

const columns: VirtualColumn<StockMovementRow>[] = [
  { key: 'seq', header: '流水号', width: 70, render: (r) => r.seq },
  { key: 'at', header: '时间', width: 170, render: (r) => formatInstant(r.createdAt) },
  {
    key: 'kind',
    header: '类型',
    width: 100,
    render: (r) => (
      <Badge variant="light" color={r.kind === 'receive' ? 'teal' : r.kind === 'issue' ? 'blue' : 'orange'}>
        {r.kindLabel}
      </Badge>
    ),
  },
  {
    key: 'quantity',
    header: '数量',
    width: 70,
    render: (r) => (r.kind === 'adjust' && r.quantity > 0 ? `+${r.quantity}` : r.quantity),
  },
  { key: 'available', header: '可用结余', width: 90, render: (r) => r.availableAfter },
  { key: 'pending', header: '待销毁', width: 80, render: (r) => r.pendingAfter },
  { key: 'related', header: '关联', width: '1fr', render: (r) => r.relatedTo, wrap: true },
  { key: 'reason', header: '原因 / 来源', width: '1fr', render: (r) => r.reason, wrap: true },
  { key: 'actor', header: '经办人', width: 90, render: (r) => r.actorName },
];

/** The item's ledger, newest first, paged by keyset as the clerk scrolls. */
export function LedgerTable({ item }: { item: StockItem }) {
  const list = useInfiniteQuery({
    queryKey: [api.stock.movements.channel, item],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api.stock.movements({ item, beforeSeq: pageParam, limit: 200 }),
    getNextPageParam: (page) => (page.rows.length === 200 ? page.rows.at(-1)!.seq : undefined),
  });
  const rows = list.data?.pages.flatMap((page) => page.rows) ?? [];
  return (
    <VirtualTable
      label="库存台账"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      height={420}
      onEndReached={() => list.hasNextPage && !list.isFetchingNextPage && void list.fetchNextPage()}
      empty="还没有台账记录：第一次入库后，签发职业技能等级证书会自动从库存领用。"
    />
  );
}
