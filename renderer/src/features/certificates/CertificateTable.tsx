import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { CertificateSummary } from '@shared/contract/certificates';
import { certificateKindLabels } from '@shared/domain/certificates/template';
import { api } from '../../api/client';
import { HistoryDrawer } from './HistoryDrawer';
import { notifyDone } from '../../components/notify';
import { ReasonModal } from './ReasonModal';

type Dialog = { kind: 'void' | 'reissue' | 'reprint' | 'history'; certificate: CertificateSummary } | null;

/** Issued certificates with their state; void, reissue and history per row. */
export function CertificateTable(props: {
  certificates: CertificateSummary[];
  templateId: string | null;
  issueDate: string;
  onPreview: (c: CertificateSummary) => void;
  onReprint: (c: CertificateSummary, reason: string) => Promise<void>;
}) {
  const { certificates, templateId, issueDate, onPreview } = props;
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  if (certificates.length === 0) return <Text c="dimmed">还没有签发证书</Text>;
  return (
    <>
      <Table striped aria-label="已签发证书">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>证书编号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>身份证号</Table.Th>
            <Table.Th>证书</Table.Th>
            <Table.Th>发证日期</Table.Th>
            <Table.Th>校验码</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>输出</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td ff="monospace">{c.number}</Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td ff="monospace">{c.maskedIdNumber}</Table.Td>
              <Table.Td>{certificateKindLabels[c.kind]}</Table.Td>
              <Table.Td>{c.issuedOn}</Table.Td>
              <Table.Td ff="monospace">{c.verifyCode}</Table.Td>
              <Table.Td>
                {c.status === 'issued' ? (
                  <Badge color="teal">有效</Badge>
                ) : (
                  <Badge color="gray" title={c.voidReason ?? ''}>
                    已作废
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{c.printCount} 次</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => onPreview(c)}>
                    预览
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => setDialog({ kind: 'history', certificate: c })}
                  >
                    记录
                  </Button>
                  {c.status === 'issued' && (
                    <>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: 'reprint', certificate: c })}
                      >
                        补打
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="orange"
                        disabled={!templateId}
                        onClick={() => setDialog({ kind: 'reissue', certificate: c })}
                      >
                        重新签发
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setDialog({ kind: 'void', certificate: c })}
                      >
                        作废
                      </Button>
                    </>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {dialog?.kind === 'history' && (
        <HistoryDrawer traineeId={dialog.certificate.traineeId} name={dialog.certificate.name} onClose={close} />
      )}
      {dialog?.kind === 'reprint' && (
        <ReasonModal
          title={`补打 ${dialog.certificate.number}`}
          description="编号和内容不变，按当前选择的打印机校准输出这一份 PDF，并记为补打。"
          confirm="补打"
          color="blue"
          onClose={close}
          onSubmit={(reason) => props.onReprint(dialog.certificate, reason)}
        />
      )}
      {dialog?.kind === 'void' && (
        <ReasonModal
          title={`作废证书 ${dialog.certificate.number}`}
          description="作废后编号不会再用，证书记录与原因永久保留，核验时显示“已作废”。"
          confirm="作废"
          onClose={close}
          onSubmit={async (reason) => {
            await api.certificates.void({ certificateId: dialog.certificate.id, reason });
            notifyDone('证书已作废');
          }}
        />
      )}
      {dialog?.kind === 'reissue' && templateId && (
        <ReasonModal
          title={`重新签发 ${dialog.certificate.name} 的证书`}
          description={`原证书 ${dialog.certificate.number} 将作废；按学员当前信息和所选模板签发新编号的证书，发证日期 ${issueDate}。`}
          confirm="作废并重新签发"
          onClose={close}
          onSubmit={async (reason) => {
            const next = await api.certificates.reissue({
              certificateId: dialog.certificate.id,
              reason,
              templateId,
              issueDate,
            });
            notifyDone(`已重新签发：${next.number}`);
          }}
        />
      )}
    </>
  );
}
