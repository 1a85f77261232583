import type { Input } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useJob } from '../../api/jobs';
import { notifyDone, notifyFailed } from '../../components/notify';

/** Exports a report as a workbook through the long-call lane: the browser downloads it, Electron asks where. */
export function useReportExport() {
  const job = useJob();
  const exportReport = async (input: Input<'reports.export'>, fileName: string) => {
    try {
      const file = await job.run(api.reports.export, input, { saveAs: fileName });
      notifyDone(`已导出到 ${file.fileName}`, '已导出');
    } catch (error) {
      notifyFailed(error);
    }
  };
  return { job, exportReport };
}
