import { Alert, Drawer, Table, Text } from '@mantine/core';
import type { Input } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useOptionalQuery } from '../../api/hooks';

export type RecordsRequest = Input<'reports.records'> & { title: string };

/** The records behind one figure of a report: the same count, listed. */
export function RecordsDrawer({ request, onClose }: { request: RecordsRequest | null; onClose: () => void }) {
  const records = useOptionalQuery(
    api.reports.records,
    request && { measure: request.measure, period: request.period, filters: request.filters },
  );
  const data = records.data;
  return (
    <Drawer opened={request !== null} onClose={onClose} position="right" size="xl" title={request?.title}>
      {records.error && <Alert color="red">{records.error.message}</Alert>}
      {data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            共 {data.total} 条{data.total > data.rows.length ? `，列出前 ${data.rows.length} 条` : ''}。身份证号已遮蔽。
          </Text>
          <Table aria-label="报表明细" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>姓名 / 班级</Table.Th>
                <Table.Th>身份证号</Table.Th>
                <Table.Th>工种</Table.Th>
                <Table.Th>等级</Table.Th>
                <Table.Th>培训班</Table.Th>
                <Table.Th>工作单位</Table.Th>
                <Table.Th>日期</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.maskedIdNumber}</Table.Td>
                  <Table.Td>{r.jobTypeName}</Table.Td>
                  <Table.Td>{r.gradeLabel}</Table.Td>
                  <Table.Td>{r.cohortName}</Table.Td>
                  <Table.Td>{r.enterpriseName}</Table.Td>
                  <Table.Td>{r.date}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Drawer>
  );
}
