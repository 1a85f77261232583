import { Button, Group, Progress, Select, Text } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CertificateSummary } from '../../../../shared/contract/certificates';
import { api, transport } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/files';
import { done, fail } from './notify';
import { printPdf } from './print-pages';

const noPrinter = '';

/** Batch output of the listed certificates: one multi-page PDF, or printed, with progress. */
export function OutputBar({ certificates, paper }: { certificates: CertificateSummary[]; paper: { width: number; height: number } | null }) {
  const calibrations = useApiQuery(api.certificates.listCalibrations, {});
  const [printer, setPrinter] = useState(noPrinter);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [jobId] = useState(() => `certificates-${Date.now()}`);
  const live = certificates.filter((c) => c.status === 'issued');

  useEffect(
    () =>
      transport.onEvent((event) => {
        if (event.name === 'job.progress' && event.payload.jobId === jobId) setProgress({ done: event.payload.done, total: event.payload.total });
      }),
    [jobId],
  );

  const output = async (how: 'pdf' | 'print') => {
    setProgress({ done: 0, total: live.length });
    try {
      const ids = live.map((c) => c.id);
      const pdf = await api.certificates.render({ certificateIds: ids, printerName: printer || undefined, jobId });
      if (how === 'pdf') downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      else if (paper) await printPdf(pdf.base64, paper);
      const recorded = await api.certificates.recordPrint({ certificateIds: ids, printerName: printer || (how === 'pdf' ? 'PDF 文件' : ''), reason: '' });
      done(`已输出 ${pdf.pages} 页：首次 ${recorded.printed} 份，补打 ${recorded.reprinted} 份`);
    } catch (error) {
      fail(error);
    } finally {
      setProgress(null);
    }
  };

  const printers = [{ value: noPrinter, label: '不校准（原样）' }, ...(calibrations.data ?? []).map((c) => ({ value: c.printerName, label: `${c.printerName}（X ${c.offsetX} · Y ${c.offsetY} · ×${c.scale}）` }))];
  return (
    <Group align="end">
      <Select label="打印机校准" data={printers} value={printer} onChange={(value) => setPrinter(value ?? noPrinter)} w={320} allowDeselect={false} />
      <Button leftSection={<IconFileTypePdf size={16} />} disabled={live.length === 0 || progress !== null} onClick={() => void output('pdf')}>
        导出 PDF（{live.length} 份）
      </Button>
      <Button variant="light" leftSection={<IconPrinter size={16} />} disabled={live.length === 0 || progress !== null || !paper} onClick={() => void output('print')}>
        打印
      </Button>
      {progress && (
        <div style={{ flex: 1, minWidth: 200 }}>
          <Text size="xs">
            正在生成 {progress.done}/{progress.total}
          </Text>
          <Progress value={progress.total ? (progress.done / progress.total) * 100 : 0} aria-label="生成进度" animated />
        </div>
      )}
    </Group>
  );
}
