import { Card, Group, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { roleLabels } from '@shared/contract/infra/roles';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { TechnicalDetails } from '../../components/TechnicalDetails';

/** "0017_appraisal_grades…" → 第 17 版: the clerk needs the number; the migration's name is for support. */
function schemaLabel(tag: string): ReactNode {
  const number = /^(\d+)_/.exec(tag)?.[1];
  return (
    <Group gap="xs">
      <span>{number === undefined ? '未知' : `第 ${Number(number)} 版`}</span>
      <TechnicalDetails>{tag}</TechnicalDetails>
    </Group>
  );
}

export function SystemInfoCard() {
  const info = useApiQuery(api.system.info, {});
  const rows: [string, ReactNode][] = info.data
    ? [
        ['软件版本', info.data.appVersion],
        ['数据库结构版本', schemaLabel(info.data.schemaVersion)],
        ['数据库文件', info.data.databasePath],
        ['当前账号', `${info.data.actor.name}（${roleLabels[info.data.actor.role]}）`],
      ]
    : [];
  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="md">
        系统信息
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={140}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
