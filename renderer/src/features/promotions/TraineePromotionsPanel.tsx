import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { PromotionRow } from '@shared/contract/promotions';
import { useState } from 'react';
import { pathLabels, stateLabels } from '@shared/domain/promotions/ledger';
import { honourLabels } from '@shared/domain/promotions/honours';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { evidenceText, gradeStepText, stateColors } from './evidence';
import { RecognitionForm } from './RecognitionForm';
import { revocable, RevokeDialog } from './RevokeDialog';

/**
 * On a trainee's page: every promotion with its evidence and state (revoked ones struck out with why), and honours.
 * A grade a promotion granted leaves the grade history here, revoked with a reason, never deleted.
 */
export function TraineePromotionsPanel({ traineeId, name }: { traineeId: string; name: string }) {
  const view = useApiQuery(api.promotions.ofTrainee, { traineeId });
  const [recognising, setRecognising] = useState(false);
  const [revoking, setRevoking] = useState<PromotionRow | null>(null);
  const promotions = view.data?.promotions ?? [];
  const honours = view.data?.honours ?? [];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>技能晋升记录与荣誉</Title>
        <Button variant="light" onClick={() => setRecognising(true)}>
          登记破格/直接认定
        </Button>
      </Group>
      {view.error && <Text c="red">{view.error.message}</Text>}
      <Stack gap="md">
        {promotions.length === 0 ? (
          <Text size="sm" c="dimmed">
            暂无晋升记录。鉴定合格、竞赛获奖经核准，或登记破格/直接认定后列在这里。
          </Text>
        ) : (
          <Table fz="sm" aria-label="晋升记录">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>日期</Table.Th>
                <Table.Th>工种</Table.Th>
                <Table.Th>等级</Table.Th>
                <Table.Th>途径</Table.Th>
                <Table.Th>依据</Table.Th>
                <Table.Th>状态</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {promotions.map((p) => {
                const revoked = p.revokedReason !== null;
                return (
                  <Table.Tr
                    key={p.id}
                    style={
                      revoked ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : undefined
                    }
                  >
                    <Table.Td>{p.evidenceDate}</Table.Td>
                    <Table.Td>{p.jobTypeName}</Table.Td>
                    <Table.Td>{gradeStepText(p)}</Table.Td>
                    <Table.Td>{pathLabels[p.path]}</Table.Td>
                    <Table.Td>
                      {p.reason}
                      <Text size="xs" c="dimmed">
                        {evidenceText(p.evidence)}
                        {p.certificateNo ? ` · 证书 ${p.certificateNo}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textDecoration: 'none' }}>
                      {revoked ? (
                        <Badge color="red" variant="light">
                          已撤销
                        </Badge>
                      ) : (
                        <Badge color={stateColors[p.state]} variant="light">
                          {stateLabels[p.state]}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed">
                        {revoked ? p.revokedReason : p.decidedByName ? `${p.decidedByName}核准` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textDecoration: 'none' }}>
                      {revocable(p) && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRevoking(p)}>
                          撤销
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {honours.length > 0 && (
          <Group gap="xs" aria-label="荣誉">
            <Text size="sm" fw={500}>
              荣誉：
            </Text>
            {honours.map((h) => (
              <Badge
                key={h.id}
                variant="outline"
                color="yellow"
                title={`${h.awardingBody} ${h.awardedOn} ${h.documentNo}`}
              >
                {h.title || honourLabels[h.kind]}（{h.awardedOn.slice(0, 4)}）
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      {revoking && <RevokeDialog row={revoking} onClose={() => setRevoking(null)} />}
      {recognising && <RecognitionForm trainee={{ id: traineeId, name }} onClose={() => setRecognising(false)} />}
    </Card>
  );
}
