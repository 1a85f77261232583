import { ipcMain, type WebContents } from 'electron';
import { ipcChannels } from '@shared/contract/infra/bridge';
import { printJob, type PrinterInfo } from '@shared/contract/infra/printing';
import { certificatePrintOptions } from '../core/files/certificate-print-options';
import { isTrustedSender } from '../core/security/navigation';

function trusted(event: Electron.IpcMainInvokeEvent, appOrigin: string): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, appOrigin);
}

/**
 * Direct printing of the renderer's print sheet (the certificate PDF's pages at true size, see
 * renderer/src/features/certificates/print-pages.ts) to a chosen printer, with no dialog, no
 * margins and no scaling. The calibration is already in the pages.
 */
export function bindCertificatePrinting(appOrigin: string) {
  ipcMain.handle(ipcChannels.listPrinters, async (event): Promise<PrinterInfo[]> => {
    if (!trusted(event, appOrigin)) return [];
    const printers = await event.sender.getPrintersAsync();
    return printers.map((p) => ({ name: p.name, displayName: p.displayName }));
  });
  ipcMain.handle(ipcChannels.print, (event, job: unknown) => {
    if (!trusted(event, appOrigin)) return { ok: false, reason: '不受信任的请求' };
    const parsed = printJob.safeParse(job);
    if (!parsed.success) return { ok: false, reason: '打印参数有误' };
    return printSheet(event.sender, certificatePrintOptions(parsed.data));
  });
}

function printSheet(
  contents: WebContents,
  options: Electron.WebContentsPrintOptions,
): Promise<{ ok: boolean; reason: string }> {
  return new Promise((resolve) =>
    contents.print(options, (success, failureReason) => resolve({ ok: success, reason: success ? '' : failureReason })),
  );
}
