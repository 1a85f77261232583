import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { CompetitionDetail, PublicationOutcome } from '@shared/contract/promotions';
import { gradeLabel } from '@shared/domain/grades';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { notifyDone, notifyFailed } from '../../components/notify';

function OutcomeTables({ outcome }: { outcome: PublicationOutcome }) {
  return (
    <Stack gap="sm">
      <Text fw={500}>拟晋升 {outcome.promoted.length} 人（发布后为“待审核”，须另一人核准）</Text>
      <ScrollArea.Autosize mah={260}>
        <Table fz="sm" striped aria-label="拟晋升">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>原等级</Table.Th>
              <Table.Th>晋升为</Table.Th>
              <Table.Th>依据</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outcome.promoted.map((p) => (
              <Table.Tr key={p.entryId}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.fromGrade === null ? '无' : gradeLabel(p.fromGrade)}</Table.Td>
                <Table.Td>{gradeLabel(p.toGrade)}</Table.Td>
                <Table.Td>{p.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Text fw={500}>不晋升 {outcome.none.length} 人</Text>
      <ScrollArea.Autosize mah={200}>
        <Table fz="sm" striped aria-label="不晋升">
          <Table.Tbody>
            {outcome.none.map((n) => (
              <Table.Tr key={n.entryId}>
                <Table.Td w={100}>{n.name}</Table.Td>
                <Table.Td>{n.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/**
 * 发布结果: what the rule rows give each contestant, with the reason in words, before anything is
 * written; publishing fixes the results and proposes the promotions (each 待审核), and cannot be undone.
 */
export function PublishDialog({
  competition,
  onClose,
  onPublished,
}: {
  competition: CompetitionDetail;
  onClose: () => void;
  onPublished: (outcome: PublicationOutcome) => void;
}) {
  const preview = useApiQuery(api.competitions.previewPublication, { competitionId: competition.id });
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    setBusy(true);
    try {
      const outcome = await api.competitions.publish({ competitionId: competition.id });
      notifyDone(`已发布“${competition.name}”结果：拟晋升 ${outcome.promoted.length} 人，待审核`);
      onPublished(outcome);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const data = preview.data;
  return (
    <Modal opened onClose={onClose} title={`发布竞赛结果：${competition.name}`} size="60rem">
      {preview.error && <Text c="red">{preview.error.message}</Text>}
      {!data && !preview.error && <Text c="dimmed">正在按晋升规则计算…</Text>}
      {data && (
        <Stack>
          {data.problems.length > 0 && (
            <Alert color="red" title="还不能发布，请先改正：">
              <List size="sm">
                {data.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <OutcomeTables outcome={data} />
          <Text size="sm" fw={500}>
            此操作不能撤销：发布后成绩与名次不能再修改或导入；拟晋升的 {data.promoted.length}{' '}
            条记录进入技能晋升的“待审核”，由另一人核准后才写入等级。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              取消
            </Button>
            <Button color="red" loading={busy} disabled={data.problems.length > 0} onClick={() => void publish()}>
              发布结果
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
