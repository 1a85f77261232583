import { Alert, Badge, Button, Card, FileButton, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportPreview } from '@shared/contract/certificates';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { fileToBase64 } from '../../components/files';
import { notifyDone, notifyFailed } from '../../components/notify';

/** Official skill-certificate numbers from the appraisal agency's workbook, checked row by row before anything is written. */
export function ImportTab() {
  const cohorts = useApiQuery(api.certificates.listCohorts, {});
  const templates = useApiQuery(api.certificates.listTemplates, {});
  const [cohortId, setCohortId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File | null) => {
    if (!file || !cohortId) return;
    setBusy(true);
    try {
      setPreview(
        await api.certificates.previewImport({ cohortId, fileName: file.name, fileBase64: await fileToBase64(file) }),
      );
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!preview || !cohortId || !templateId) return;
    const entries = preview.rows
      .filter((r) => r.problems.length === 0 && r.enrollmentId)
      .map((r) => ({
        row: r.row,
        enrollmentId: r.enrollmentId!,
        certificateNo: r.certificateNo,
        issueDate: r.issueDate,
      }));
    setBusy(true);
    try {
      const issued = await api.certificates.applyImport({ cohortId, templateId, entries });
      setPreview(null);
      notifyDone(`已导入 ${issued.length} 个官方证书编号`);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setBusy(false);
    }
  };
  const skillTemplates = (templates.data ?? []).filter((t) => t.kind === 'skill');
  return (
    <Stack>
      <Text size="sm">
        鉴定机构下发的表格需有“姓名、证件号码、证书编号、发证日期”四列。预检会逐行核对：证件号码是否在本班、姓名是否一致、是否合格、编号是否已被他人使用、表内是否重复。
      </Text>
      <Group align="end">
        <Select
          label="培训班"
          data={(cohorts.data ?? [])
            .filter((c) => c.published)
            .map((c) => ({ value: c.id, label: `${c.name} · 合格 ${c.passed} 人` }))}
          value={cohortId}
          onChange={(id) => {
            setCohortId(id);
            setPreview(null);
          }}
          w={420}
        />
        <Select
          label="职业技能等级证书模板"
          data={skillTemplates.map((t) => ({ value: t.id, label: t.name }))}
          value={templateId}
          onChange={setTemplateId}
          w={360}
        />
        <FileButton onChange={(file) => void read(file)} accept=".xlsx,.csv">
          {(props) => (
            <Button {...props} disabled={!cohortId} loading={busy}>
              选择鉴定机构表格
            </Button>
          )}
        </FileButton>
      </Group>
      {preview && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Text>
              可导入 <Badge color="teal">{preview.ready}</Badge> 条，有问题 <Badge color="red">{preview.blocked}</Badge>{' '}
              条（有问题的行不导入）
            </Text>
            <Button onClick={() => void apply()} disabled={preview.ready === 0 || !templateId} loading={busy}>
              导入 {preview.ready} 条
            </Button>
          </Group>
          {!templateId && (
            <Alert color="yellow" mb="sm">
              请先选择职业技能等级证书模板
            </Alert>
          )}
          <Table striped aria-label="导入预检">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>行</Table.Th>
                <Table.Th>姓名</Table.Th>
                <Table.Th>证件号码</Table.Th>
                <Table.Th>证书编号</Table.Th>
                <Table.Th>发证日期</Table.Th>
                <Table.Th>检查结果</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td ff="monospace">{row.maskedIdNumber}</Table.Td>
                  <Table.Td ff="monospace">{row.certificateNo}</Table.Td>
                  <Table.Td>{row.issueDate}</Table.Td>
                  <Table.Td c={row.problems.length ? 'red' : 'teal'}>
                    {row.problems.length ? row.problems.join('；') : '可导入'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
