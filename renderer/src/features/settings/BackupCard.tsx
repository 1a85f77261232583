import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { formatInstant } from '../../components/format';
import { notifyDone, notifyFailed } from '../../components/notify';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The backups folder, its verified copies, a button for one more, and how to restore one. */
export function BackupCard() {
  const list = useApiQuery(api.system.listBackups, {});
  const info = useApiQuery(api.system.info, {});
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const backUp = async () => {
    setBusy(true);
    try {
      const file = await api.system.backup({});
      notifyDone(`已备份到 ${file.fileName}（${megabytes(file.bytes)}）`);
      // A backup changes no data, so no data.changed event refreshes these two.
      await queryClient.invalidateQueries({ queryKey: [api.system.listBackups.channel] });
      await queryClient.invalidateQueries({ queryKey: [api.system.listAudit.channel] });
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const databaseFile = info.data?.databasePath.split(/[\\/]/).pop() ?? '数据库文件';

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={4}>数据备份</Title>
        <Button loading={busy} onClick={() => void backUp()}>
          立即备份
        </Button>
      </Group>
      <Stack gap={4} mb="sm">
        <Text size="sm">
          每天第一次打开匠训时自动备份一次，备份文件经校验后才保存，保留最近 {list.data?.kept ?? 10}{' '}
          份。备份含全部学员的个人信息，每次备份都记入操作日志。
        </Text>
        <Text size="sm" c="dimmed">
          存放位置：{list.data?.folder ?? '…'}
        </Text>
        <Text size="sm" c="dimmed">
          恢复：退出匠训，把原来的 {databaseFile} 连同旁边名字以 {databaseFile} 开头的 -wal、-shm、-wal-owner
          文件一起改成同一个新名字留存（例如 {databaseFile.replace(/\.db$/, '')}-旧.db、
          {databaseFile.replace(/\.db$/, '')}-旧.db-wal），再把要恢复的备份文件复制到同一文件夹并改名为 {databaseFile}
          ，然后打开匠训。只改数据库文件、留下 -wal 文件会损坏恢复的数据，匠训会拒绝打开并提示如何处理。
        </Text>
      </Stack>
      {list.data && list.data.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有备份
        </Text>
      ) : (
        <Table striped aria-label="备份文件">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>文件</Table.Th>
              <Table.Th w={190}>备份时间</Table.Th>
              <Table.Th w={110}>大小</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data?.files.map((file) => (
              <Table.Tr key={file.fileName}>
                <Table.Td ff="monospace">{file.fileName}</Table.Td>
                <Table.Td>{formatInstant(file.createdAt)}</Table.Td>
                <Table.Td>{megabytes(file.bytes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
