import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { certificateKindLabels } from '@shared/domain/certificates/template';
import { api } from '../../api/client';
import { useApiQuery, useOptionalQuery } from '../../api/hooks';
import { useDownload } from '../../components/use-download';
import { notifyDone, notifyFailed } from '../../components/notify';
import { PdfPreview } from './PdfPreview';

/** Per-printer offset and scale for pre-printed stock, measured from the calibration sheet. */
export function CalibrationTab() {
  const calibrations = useApiQuery(api.certificates.listCalibrations, {});
  const templates = useApiQuery(api.certificates.listTemplates, {});
  const [form, setForm] = useState({ printerName: '', offsetX: 0, offsetY: 0, scale: 1 });
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = templates.data?.find((t) => t.id === templateId) ?? null;
  const saved = calibrations.data?.find((c) => c.printerName === form.printerName);
  const preview = useOptionalQuery(
    api.certificates.previewTemplate,
    template && saved ? { layout: template.layout, printerName: saved.printerName } : null,
  );

  const calibrationSheet = useDownload();
  const sheet = (width: number, height: number) =>
    calibrationSheet.download(
      () => api.certificates.calibrationSheet({ pageWidth: width, pageHeight: height }),
      'application/pdf',
    );
  const save = async () => {
    try {
      await api.certificates.saveCalibration(form);
      notifyDone(`已保存“${form.printerName}”的校准`);
    } catch (error) {
      notifyFailed(error);
    }
  };
  const number = (label: string, key: 'offsetX' | 'offsetY' | 'scale', step: number, suffix: string) => (
    <NumberInput
      label={label}
      value={form[key]}
      onChange={(v) => typeof v === 'number' && setForm({ ...form, [key]: v })}
      step={step}
      decimalScale={key === 'scale' ? 4 : 2}
      suffix={suffix}
      w={130}
    />
  );

  return (
    <Stack>
      <Card withBorder>
        <Title order={5} mb="xs">
          1. 打印校准页
        </Title>
        <Text size="sm" mb="sm">
          用要校准的打印机按“实际大小”打印校准页，按页上的说明量出偏移和缩放。
        </Text>
        <Group>
          <Button variant="light" onClick={() => void sheet(297, 210)}>
            A4 横向校准页
          </Button>
          <Button variant="light" onClick={() => void sheet(210, 297)}>
            A4 纵向校准页
          </Button>
          {template && (
            <Button variant="light" onClick={() => void sheet(template.layout.pageWidth, template.layout.pageHeight)}>
              按模板纸张（{template.layout.pageWidth}×{template.layout.pageHeight} mm）
            </Button>
          )}
        </Group>
      </Card>
      <Card withBorder>
        <Title order={5} mb="xs">
          2. 填入这台打印机的校准值
        </Title>
        <Group align="end">
          <TextInput
            label="打印机名称"
            description="与系统中的打印机名称一致"
            value={form.printerName}
            onChange={(e) => setForm({ ...form, printerName: e.currentTarget.value })}
            w={260}
          />
          {number('X 偏移', 'offsetX', 0.1, ' mm')}
          {number('Y 偏移', 'offsetY', 0.1, ' mm')}
          {number('缩放', 'scale', 0.001, '')}
          <Button onClick={() => void save()} disabled={!form.printerName.trim()}>
            保存校准
          </Button>
        </Group>
        <Table mt="md" aria-label="已保存的打印机校准">
          <Table.Tbody>
            {(calibrations.data ?? []).map((c) => (
              <Table.Tr
                key={c.printerName}
                style={{ cursor: 'pointer' }}
                onClick={() =>
                  setForm({ printerName: c.printerName, offsetX: c.offsetX, offsetY: c.offsetY, scale: c.scale })
                }
              >
                <Table.Td>{c.printerName}</Table.Td>
                <Table.Td>X {c.offsetX} mm</Table.Td>
                <Table.Td>Y {c.offsetY} mm</Table.Td>
                <Table.Td>缩放 {c.scale}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Title order={5} mb="xs">
          3. 试印：按此校准生成的模板页
        </Title>
        <Select
          label="模板"
          data={(templates.data ?? []).map((t) => ({
            value: t.id,
            label: `${certificateKindLabels[t.kind]} · ${t.name}`,
          }))}
          value={templateId}
          onChange={setTemplateId}
          w={400}
          mb="sm"
        />
        {template && saved ? (
          <PdfPreview base64={preview.data?.base64} zoom={0.6} label="校准后的模板预览" />
        ) : (
          <Text size="sm" c="dimmed">
            选择已保存校准的打印机和模板后显示。
          </Text>
        )}
      </Card>
    </Stack>
  );
}
