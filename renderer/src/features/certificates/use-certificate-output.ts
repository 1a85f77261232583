import { useEffect, useState } from 'react';
import { api, transport } from '../../api/client';
import { downloadBase64 } from '../../components/files';
import { notifyDone, notifyFailed } from '../../components/notify';
import { printPdf } from './print-pages';

export type OutputKind = 'pdf' | 'print';

/**
 * Output of certificates as the printer will get them: one PDF with the chosen printer's
 * calibration, downloaded or printed at true size, then recorded as a print or a reprint.
 */
export function useCertificateOutput(paper: { width: number; height: number } | null) {
  const [printer, setPrinter] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [jobId] = useState(() => `certificates-${Date.now()}`);

  useEffect(
    () =>
      transport.onEvent((event) => {
        if (event.name === 'job.progress' && event.payload.jobId === jobId)
          setProgress({ done: event.payload.done, total: event.payload.total });
      }),
    [jobId],
  );

  const output = async (certificateIds: string[], how: OutputKind, reason = '') => {
    setProgress({ done: 0, total: certificateIds.length });
    try {
      const pdf = await api.certificates.render({ certificateIds, printerName: printer || undefined, jobId });
      if (how === 'pdf') downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      else if (paper) await printPdf(pdf.base64, paper, printer);
      const recorded = await api.certificates.recordPrint({
        certificateIds,
        printerName: printer || (how === 'pdf' ? 'PDF 文件' : ''),
        reason,
      });
      notifyDone(`已输出 ${pdf.pages} 页：首次 ${recorded.printed} 份，补打 ${recorded.reprinted} 份`);
    } catch (error) {
      notifyFailed(error);
    } finally {
      setProgress(null);
    }
  };

  return { printer, setPrinter, progress, output, canPrint: paper !== null };
}

export type CertificateOutput = ReturnType<typeof useCertificateOutput>;
