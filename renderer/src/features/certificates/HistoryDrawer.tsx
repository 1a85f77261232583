import { Badge, Card, Drawer, Stack, Text, Timeline } from '@mantine/core';
import type { CertificateEvent } from '@shared/contract/certificates';
import { certificateKindLabels } from '@shared/domain/certificates/template';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { formatInstant } from '../../components/format';

const actionLabels: Record<CertificateEvent['action'], string> = {
  issue: '签发',
  import: '导入官方编号',
  print: '输出/打印',
  reprint: '补打',
  void: '作废',
  reissue: '重新签发',
};

/** Every certificate a trainee ever had, with what happened to each. */
export function HistoryDrawer({ traineeId, name, onClose }: { traineeId: string; name: string; onClose: () => void }) {
  const history = useApiQuery(api.certificates.history, { traineeId });
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={`${name} 的证书记录`}>
      <Stack>
        {history.data?.length === 0 && <Text c="dimmed">暂无证书记录</Text>}
        {(history.data ?? []).map((certificate) => (
          <Card key={certificate.id} withBorder>
            <Text fw={600}>
              {certificate.number}{' '}
              <Badge color={certificate.status === 'issued' ? 'teal' : 'gray'}>
                {certificate.status === 'issued' ? '有效' : '已作废'}
              </Badge>
            </Text>
            <Text size="sm" c="dimmed" mb="sm">
              {certificateKindLabels[certificate.kind]} · {certificate.jobTypeName} {certificate.grade} · 发证{' '}
              {certificate.issuedOn} · 校验码 {certificate.verifyCode}
            </Text>
            <Timeline bulletSize={14} lineWidth={2}>
              {certificate.events.map((event) => (
                <Timeline.Item key={event.id} title={actionLabels[event.action]}>
                  <Text size="xs" c="dimmed">
                    {formatInstant(event.at)} · {event.actorName}
                    {event.printerName && ` · ${event.printerName}`}
                  </Text>
                  {event.reason && <Text size="sm">原因：{event.reason}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        ))}
      </Stack>
    </Drawer>
  );
}
