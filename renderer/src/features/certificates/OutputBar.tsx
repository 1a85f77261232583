import { Button, Group, Progress, Select, Text } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { CertificateSummary } from '@shared/contract/certificates';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import type { CertificateOutput } from './use-certificate-output';

/** Batch output of the listed live certificates: one multi-page PDF, or printed, with progress. */
export function OutputBar({ certificates, output }: { certificates: CertificateSummary[]; output: CertificateOutput }) {
  const calibrations = useApiQuery(api.certificates.listCalibrations, {});
  const live = certificates.filter((c) => c.status === 'issued');
  const { progress } = output;
  const ids = live.map((c) => c.id);
  const printers = [
    { value: '', label: '不校准（原样）' },
    ...(calibrations.data ?? []).map((c) => ({
      value: c.printerName,
      label: `${c.printerName}（X ${c.offsetX} · Y ${c.offsetY} · ×${c.scale}）`,
    })),
  ];
  return (
    <Group align="end">
      <Select
        label="打印机校准"
        data={printers}
        value={output.printer}
        onChange={(value) => output.setPrinter(value ?? '')}
        w={320}
        allowDeselect={false}
      />
      <Button
        leftSection={<IconFileTypePdf size={16} />}
        disabled={live.length === 0 || progress !== null}
        onClick={() => void output.output(ids, 'pdf')}
      >
        导出 PDF（{live.length} 份）
      </Button>
      <Button
        variant="light"
        leftSection={<IconPrinter size={16} />}
        disabled={live.length === 0 || progress !== null || !output.canPrint}
        onClick={() => void output.output(ids, 'print')}
      >
        打印
      </Button>
      {progress && (
        <div style={{ flex: 1, minWidth: 200 }}>
          <Text size="xs">
            正在生成 {progress.done}/{progress.total}
          </Text>
          <Progress
            value={progress.total ? (progress.done / progress.total) * 100 : 0}
            aria-label="生成进度"
            animated
          />
        </div>
      )}
    </Group>
  );
}
