import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreHost } from '../core/host/core-host';

// The shell's IPC binding, with Electron's module replaced: what it registers, whom it serves, and
// that files reach the core only as paths the user chose in a native dialog.
const handlers = new Map<string, (...args: unknown[]) => unknown>();
const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
vi.mock('electron', () => ({
  ipcMain: { handle: (name: string, fn: (...args: unknown[]) => unknown) => handlers.set(name, fn) },
  app: { getPath: () => '/home/clerk/Documents' },
  BrowserWindow: { fromWebContents: () => null },
  dialog,
}));

const { bindIpc } = await import('./ipc');

const fromApp = { senderFrame: { url: 'app://jiangxun/index.html', parent: null }, sender: {} };
const served = JSON.stringify({ ok: true, value: 'served' });

describe('IPC binding', () => {
  const dispatchJson = vi.fn(async () => served);
  const cancel = vi.fn(() => true);
  const invoke = (...args: unknown[]) => handlers.get('app:invoke')!(fromApp, ...args) as Promise<string>;
  beforeEach(() => {
    handlers.clear();
    dispatchJson.mockClear();
    cancel.mockClear();
    dialog.showSaveDialog.mockReset();
    dialog.showOpenDialog.mockReset();
    bindIpc({ dispatchJson, cancel } as unknown as CoreHost, 'app://jiangxun');
  });

  it('registers the invoke, cancel and open-file channels', () => {
    expect([...handlers.keys()]).toEqual(['app:invoke', 'app:cancel', 'app:open-file']);
  });

  it('passes calls from the app main frame to the core threads, answering their JSON text as it is', async () => {
    await expect(invoke('settings.getBaseProfile', {})).resolves.toBe(served);
    expect(dispatchJson).toHaveBeenCalledWith('settings.getBaseProfile', {}, { jobId: undefined });
  });

  it('refuses sub-frames and foreign pages without reaching the core', async () => {
    for (const senderFrame of [
      { url: 'app://jiangxun/x', parent: {} },
      { url: 'https://evil.example/', parent: null },
      null,
    ]) {
      const answer = await handlers.get('app:invoke')!({ senderFrame }, 'settings.getBaseProfile', {});
      expect(JSON.parse(answer as string)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      await handlers.get('app:cancel')!({ senderFrame }, 'job-1');
    }
    expect(dispatchJson).not.toHaveBeenCalled();
    expect(cancel).not.toHaveBeenCalled();
  });

  it('refuses a channel that is not text and options that are not the contract’s', async () => {
    expect(JSON.parse(await invoke({ toString: 'x' }, {}))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.parse(await invoke('settings.getBaseProfile', {}, { jobId: '../../x' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(JSON.parse(await invoke('settings.getBaseProfile', {}, { outputPath: '/etc/passwd' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(dispatchJson).not.toHaveBeenCalled();
  });

  it('asks where to save an export, and writes nothing when the dialog is closed', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    const closed = await invoke(
      'trainees.export',
      { filter: {}, fullIds: false },
      { jobId: 'job-1', saveAs: { suggestedName: '学员名单.xlsx' } },
    );
    expect(JSON.parse(closed)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(dispatchJson).not.toHaveBeenCalled();

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/clerk/名单.xlsx' });
    await invoke(
      'trainees.export',
      { filter: {}, fullIds: false },
      { jobId: 'job-2', saveAs: { suggestedName: '学员名单.xlsx' } },
    );
    expect(dialog.showSaveDialog.mock.calls[1]![0]).toMatchObject({
      defaultPath: join('/home/clerk/Documents', '学员名单.xlsx'),
      filters: [{ extensions: ['xlsx'] }],
    });
    expect(dispatchJson).toHaveBeenCalledWith(
      'trainees.export',
      { filter: {}, fullIds: false },
      { jobId: 'job-2', outputPath: '/home/clerk/名单.xlsx' },
    );
  });

  it('hands a file chosen in the open dialog to the call by its id, and only that file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jiangxun-ipc-'));
    const path = join(folder, '报名表.xlsx');
    writeFileSync(path, 'twelve bytes');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const picked = (await handlers.get('app:open-file')!(fromApp, 'trainees.readImportFile')) as {
      id: string;
      name: string;
      size: number;
    };
    expect(picked).toEqual({ id: expect.stringMatching(/^[\da-f]{32}$/), name: '报名表.xlsx', size: 12 });
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({
      filters: [{ extensions: ['xlsx'] }, { extensions: ['csv'] }],
    });
    await invoke('trainees.readImportFile', {}, { jobId: 'job-3', fileId: picked.id });
    expect(dispatchJson).toHaveBeenCalledWith(
      'trainees.readImportFile',
      {},
      { jobId: 'job-3', inputFile: { path, name: '报名表.xlsx', size: 12 } },
    );
    const unknown = await invoke('trainees.readImportFile', {}, { fileId: 'f'.repeat(32) });
    expect(JSON.parse(unknown)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A channel that takes no file opens no dialog.
    expect(await handlers.get('app:open-file')!(fromApp, 'settings.getBaseProfile')).toBeNull();
  });

  it('passes a cancel from the app to the core', async () => {
    await handlers.get('app:cancel')!(fromApp, 'job-9');
    expect(cancel).toHaveBeenCalledWith('job-9');
  });
});
