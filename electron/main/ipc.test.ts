import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core/create-core';

// The shell's IPC binding, with Electron's module replaced: what it registers and whom it serves.
const handlers = new Map<string, (...args: unknown[]) => unknown>();
vi.mock('electron', () => ({ ipcMain: { handle: (name: string, fn: (...args: unknown[]) => unknown) => handlers.set(name, fn) } }));

const { bindIpc } = await import('./ipc');

describe('IPC binding', () => {
  const dispatch = vi.fn(async () => ({ ok: true, value: 'served' }));
  beforeEach(() => {
    handlers.clear();
    dispatch.mockClear();
    bindIpc({ dispatch } as unknown as Core, 'app://jiangxun');
  });

  it('registers exactly one invoke channel', () => {
    expect([...handlers.keys()]).toEqual(['app:invoke']);
  });

  it('passes calls from the app main frame to the router', async () => {
    const event = { senderFrame: { url: 'app://jiangxun/index.html', parent: null } };
    await expect(handlers.get('app:invoke')!(event, 'settings.getBaseProfile', {})).resolves.toEqual({ ok: true, value: 'served' });
    expect(dispatch).toHaveBeenCalledWith('settings.getBaseProfile', {});
  });

  it('refuses sub-frames and foreign pages without reaching the router', async () => {
    for (const senderFrame of [{ url: 'app://jiangxun/x', parent: {} }, { url: 'https://evil.example/', parent: null }, null]) {
      const answer = await handlers.get('app:invoke')!({ senderFrame }, 'settings.getBaseProfile', {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
