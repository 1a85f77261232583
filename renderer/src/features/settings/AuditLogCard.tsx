import { Button, Card, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { formatInstant } from '../../components/format';

/** The newest entries of the audit log, older ones on demand (keyset paging). */
export function AuditLogCard({ pageSize = 20, title = '操作日志' }: { pageSize?: number; title?: string }) {
  const log = useInfiniteQuery({
    queryKey: [api.system.listAudit.channel, pageSize],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api.system.listAudit({ before: pageParam, limit: pageSize }),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="md">
        {title}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {log.isLoading ? '正在读取…' : '还没有任何修改记录'}
        </Text>
      ) : (
        <Table striped aria-label="操作日志">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>时间</Table.Th>
              <Table.Th w={110}>操作人</Table.Th>
              <Table.Th w={140}>操作</Table.Th>
              <Table.Th>内容</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatInstant(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName}</Table.Td>
                <Table.Td>{entry.title}</Table.Td>
                <Table.Td>{entry.summary}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {log.hasNextPage && (
        <Button variant="subtle" mt="sm" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          加载更早的记录
        </Button>
      )}
    </Card>
  );
}
