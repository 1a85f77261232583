import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { contract, isChannel } from '@shared/contract';
import { ipcChannels, type PickedFile } from '@shared/contract/infra/bridge';
import { callOptions, safeFileName } from '@shared/contract/infra/call-options';
import type { ChannelSpec } from '@shared/contract/infra/define';
import { errorMessages, type AppErrorPayload } from '@shared/errors';
import type { InputFile } from '../core/context';
import type { CoreHost, HostCall } from '../core/host/core-host';
import { isTrustedSender } from '../core/security/navigation';

const failure = (error: AppErrorPayload) => JSON.stringify({ ok: false, error });
const extensionNames: Record<string, string> = {
  '.xlsx': 'Excel 工作簿',
  '.csv': 'CSV 文件',
  '.zip': 'ZIP 压缩包',
  '.pdf': 'PDF 文件',
};
const dialogFilters = (extensions: readonly string[]) =>
  extensions.map((extension) => ({ name: extensionNames[extension] ?? extension, extensions: [extension.slice(1)] }));

function trusted(event: IpcMainInvokeEvent, appOrigin: string): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, appOrigin);
}

function jobOf(channel: unknown): ChannelSpec['job'] {
  return typeof channel === 'string' && isChannel(channel) ? (contract[channel] as ChannelSpec).job : undefined;
}

/**
 * The shell's side of the contract: the sender is checked here, files are chosen here through the
 * native dialogs (the renderer never names a path), and everything else goes to the core's threads.
 * Results come back as JSON text, parsed by the preload in the renderer's process.
 */
export function bindIpc(host: CoreHost, appOrigin: string) {
  /** Files the user chose in the open dialog, by the id the renderer refers to them with. */
  const picked = new Map<string, InputFile>();

  ipcMain.handle(ipcChannels.invoke, async (event, channel: unknown, input: unknown, options: unknown) => {
    if (!trusted(event, appOrigin)) return failure({ code: 'FORBIDDEN', message: errorMessages.FORBIDDEN });
    if (typeof channel !== 'string')
      return failure({ code: 'VALIDATION', message: '请求的 channel 应为操作名（文字）' });
    const parsed = callOptions.safeParse(options ?? {});
    if (!parsed.success)
      return failure({ code: 'VALIDATION', message: `请求的 options 有误：${parsed.error.issues[0]!.message}` });
    const call: HostCall = { jobId: parsed.data.jobId, session: parsed.data.session };
    if (parsed.data.fileId !== undefined) {
      call.inputFile = picked.get(parsed.data.fileId);
      if (!call.inputFile) return failure({ code: 'VALIDATION', message: '请重新选择文件' });
    }
    const download = jobOf(channel)?.download;
    if (parsed.data.saveAs && download) {
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = {
        title: '保存到…',
        defaultPath: join(app.getPath('documents'), safeFileName(parsed.data.saveAs.suggestedName, download.extension)),
        filters: dialogFilters([download.extension]),
      };
      const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return failure({ code: 'CANCELLED', message: '已取消保存' });
      call.outputPath = chosen.filePath;
    }
    return host.dispatchJson(channel, input, call);
  });

  ipcMain.handle(ipcChannels.cancel, (event, jobId: unknown) => {
    if (trusted(event, appOrigin) && typeof jobId === 'string') host.cancel(jobId);
  });

  ipcMain.handle(ipcChannels.openFile, async (event, channel: unknown): Promise<PickedFile | null> => {
    const upload = jobOf(channel)?.upload;
    if (!trusted(event, appOrigin) || !upload) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { title: '选择文件', properties: ['openFile' as const], filters: dialogFilters(upload.accept) };
    const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = chosen.filePaths[0];
    if (chosen.canceled || !path) return null;
    const file: InputFile = { path, name: path.split(/[\\/]/).pop()!, size: statSync(path).size };
    const id = randomBytes(16).toString('hex');
    picked.set(id, file);
    return { id, name: file.name, size: file.size };
  });
}

export function forwardEvents(host: CoreHost, contents: WebContents): () => void {
  return host.events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, event);
  });
}
