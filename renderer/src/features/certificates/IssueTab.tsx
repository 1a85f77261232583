import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { CertificateSummary } from '@shared/contract/certificates';
import { issuedBeforeTrainingEnds } from '@shared/domain/certificates/issue-date';
import { certificateKindLabels } from '@shared/domain/certificates/template';
import { roleAllows } from '@shared/contract/infra/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { api } from '../../api/client';
import { useApiQuery, useOptionalQuery } from '../../api/hooks';
import { CertificateTable } from './CertificateTable';
import { notifyDone, notifyFailed } from '../../components/notify';
import { OutputBar } from './OutputBar';
import { PdfPreview } from './PdfPreview';
import { useCertificateOutput } from './use-certificate-output';

const today = () => new Date().toLocaleDateString('sv-SE');

/** Issue certificates to the passed trainees of an appraised cohort, then output or print them. */
export function IssueTab() {
  const cohorts = useApiQuery(api.certificates.listCohorts, {});
  const templates = useApiQuery(api.certificates.listTemplates, {});
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [issueDate, setIssueDate] = useState(today);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<CertificateSummary | null>(null);
  const [asking, setAsking] = useState<string[] | null>(null);
  const [earlyReason, setEarlyReason] = useState('');
  const info = useApiQuery(api.system.info, {});
  const isAdmin = info.data ? roleAllows(info.data.actor.role, 'admin') : false;
  const cohort = cohorts.data?.find((c) => c.id === cohortId) ?? null;
  const early = cohort !== null && issuedBeforeTrainingEnds(cohort.endDate, issueDate);
  const template = templates.data?.find((t) => t.id === templateId) ?? null;
  const output = useCertificateOutput(
    template ? { width: template.layout.pageWidth, height: template.layout.pageHeight } : null,
  );
  const candidates = useOptionalQuery(
    api.certificates.candidates,
    cohortId && template ? { cohortId, kind: template.kind } : null,
  );
  const issued = useOptionalQuery(api.certificates.list, cohortId ? { cohortId, limit: 5000 } : null);
  const rows = cohortId && template ? (candidates.data ?? []) : [];
  const waiting = rows.filter((c) => !c.certificate);
  const listed = (issued.data ?? []).filter((c) => !template || c.kind === template.kind);

  const issue = async (enrollmentIds: string[]) => {
    if (!templateId) return;
    setBusy(true);
    try {
      const result = await api.certificates.issue({
        templateId,
        issueDate,
        enrollmentIds,
        earlyIssueReason: early ? earlyReason.trim() : undefined,
      });
      setPicked(new Set());
      setAsking(null);
      setEarlyReason('');
      notifyDone(
        `已签发 ${result.length} 份：${result[0]!.number}${result.length > 1 ? ` 至 ${result.at(-1)!.number}` : ''}`,
      );
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string) =>
    setPicked((set) => (set.has(id) ? new Set([...set].filter((x) => x !== id)) : new Set([...set, id])));
  const cohortOptions = (cohorts.data ?? []).map((c) => ({
    value: c.id,
    label: `${c.name} · ${c.jobTypeName} ${c.grade} · ${c.stage} · 合格 ${c.passed} 人${c.published ? '' : '（成绩未公布）'}`,
    disabled: !c.published,
  }));
  return (
    <Stack>
      <Group align="end">
        <Select
          label="培训班（已鉴定）"
          placeholder="选择培训班"
          data={cohortOptions}
          value={cohortId}
          onChange={setCohortId}
          w={480}
          searchable
          nothingFoundMessage="没有已鉴定的培训班"
        />
        <Select
          label="证书模板"
          placeholder="选择模板"
          data={(templates.data ?? []).map((t) => ({
            value: t.id,
            label: `${certificateKindLabels[t.kind]} · ${t.name}`,
          }))}
          value={templateId}
          onChange={setTemplateId}
          w={380}
        />
        <TextInput
          label="发证日期"
          placeholder="YYYY-MM-DD"
          value={issueDate}
          onChange={(e) => setIssueDate(e.currentTarget.value)}
          w={170}
        />
      </Group>
      {cohortId && template && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={5}>
              合格学员（{rows.length} 人，未发{certificateKindLabels[template.kind]} {waiting.length} 人）
            </Title>
            <Group>
              <Button
                variant="light"
                disabled={picked.size === 0}
                loading={busy}
                onClick={() => setAsking([...picked])}
              >
                为选中的 {picked.size} 人签发
              </Button>
              <Button
                disabled={waiting.length === 0}
                loading={busy}
                onClick={() => setAsking(waiting.map((c) => c.enrollmentId))}
              >
                为全班未发证的 {waiting.length} 人签发
              </Button>
            </Group>
          </Group>
          <Table aria-label="合格学员" striped>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.enrollmentId}>
                  <Table.Td w={40}>
                    <Checkbox
                      aria-label={`选择 ${c.name}`}
                      disabled={c.certificate !== null}
                      checked={picked.has(c.enrollmentId)}
                      onChange={() => toggle(c.enrollmentId)}
                    />
                  </Table.Td>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td ff="monospace">{c.maskedIdNumber}</Table.Td>
                  <Table.Td>
                    {c.certificate ? `已发证 ${c.certificate.number}` : <Text c="dimmed">未发证</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {cohortId && (
        <Card withBorder>
          <Title order={5} mb="sm">
            本班证书
          </Title>
          <Stack>
            <OutputBar certificates={listed} output={output} />
            <CertificateTable
              certificates={listed}
              templateId={templateId}
              issueDate={issueDate}
              onPreview={setPreview}
              onReprint={(c, reason) => output.output([c.id], 'pdf', reason)}
            />
          </Stack>
        </Card>
      )}
      {early && cohort && (
        <Alert color="yellow" title="发证日期早于培训结束日期">
          {cohort.name} 的培训到 {cohort.endDate} 结束，发证日期 {issueDate}{' '}
          在此之前。请改发证日期；确需提前发证的，须由管理员签发并填写理由。
        </Alert>
      )}
      {asking && template && (
        <ConfirmDialog
          opened
          title={`签发${certificateKindLabels[template.kind]} ${asking.length} 份？`}
          consequences={[
            `将为 ${asking.length} 名学员各取一个证书编号（${template.kind === 'skill' ? '等级证书' : '结业证书'}编号按“编号与印章”的规则连续编排）。`,
            '编号一经签发不再释放：证书作废后编号仍保留，不会给其他人。',
            '姓名、身份证号、学时、日期等内容在签发时固定；之后修改学员信息，须“重新签发”并填写原因。',
          ]}
          confirm={`签发 ${asking.length} 份`}
          loading={busy}
          disabled={early && (!isAdmin || earlyReason.trim().length < 2)}
          onCancel={() => setAsking(null)}
          onConfirm={() => void issue(asking)}
        >
          {early &&
            cohort &&
            (isAdmin ? (
              <Textarea
                label={`提前发证的理由（培训结束日期 ${cohort.endDate}）`}
                value={earlyReason}
                onChange={(e) => setEarlyReason(e.currentTarget.value)}
                autosize
                minRows={2}
              />
            ) : (
              <Text size="sm" c="red">
                发证日期早于培训结束日期 {cohort.endDate}，提前发证须由管理员签发并填写理由。
              </Text>
            ))}
        </ConfirmDialog>
      )}
      {preview && <CertificatePreviewModal certificate={preview} onClose={() => setPreview(null)} />}
    </Stack>
  );
}

function CertificatePreviewModal({ certificate, onClose }: { certificate: CertificateSummary; onClose: () => void }) {
  const pdf = useApiQuery(api.certificates.render, { certificateIds: [certificate.id] });
  return (
    <Modal
      opened
      onClose={onClose}
      size="auto"
      title={`${certificate.number} · ${certificate.name}（与打印完全相同的 PDF）`}
    >
      <PdfPreview base64={pdf.data?.base64} zoom={0.8} label={`证书 ${certificate.number} 预览`} />
    </Modal>
  );
}
