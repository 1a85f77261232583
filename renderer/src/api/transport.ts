import { bridgeKey, type Bridge, type PickedFile } from '@shared/contract/infra/bridge';
import type { AppEvent } from '@shared/contract/infra/events';
import { errorMessages, type Result } from '@shared/errors';
import { sessionToken } from './session';

/**
 * How calls reach the core. In the Electron app the preload's bridge is there (files through the
 * native dialogs); in browser mode the page was opened at http://127.0.0.1:PORT/?token=… and talks
 * to the same core over HTTP, with files streamed through the upload and download routes.
 */
export type Transport = Bridge & {
  /** Browser mode only: streams a chosen file to the server for a channel's upload. */
  upload?(channel: string, file: File): Promise<Result<PickedFile>>;
};

const tokenStorageKey = 'jiangxun.token';
/** Must match electron/http/server.ts. */
const downloadHeader = 'X-Jiangxun-Download';
const sessionHeader = 'X-Jiangxun-Session';
const unreachable: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: `无法连接本机服务：${errorMessages.INTERNAL}` },
};

function browserModeTransport(): Transport {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenStorageKey, fromUrl);
    // Keep the token out of the address bar, history and screenshots.
    window.history.replaceState(null, '', window.location.pathname + window.location.hash);
  }
  const token = sessionStorage.getItem(tokenStorageKey) ?? '';
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const post = async <T>(
    path: string,
    body: BodyInit,
    extra: Record<string, string> = {},
  ): Promise<{ result: Result<T>; response: Response | null }> => {
    try {
      const response = await fetch(path, { method: 'POST', headers: { ...headers, ...extra }, body });
      return { result: (await response.json()) as Result<T>, response };
    } catch {
      return { result: unreachable, response: null };
    }
  };

  // One event stream for the page, shared by every listener: a job's listener added just before
  // its call then sees the call's first progress event.
  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;
  return {
    async invoke(channel, input, options) {
      const { result, response } = await post('/api/invoke', JSON.stringify({ channel, input, options }));
      const download = response?.headers.get(downloadHeader);
      if (result.ok && download) {
        // The export is on the server's disk: the browser streams it to the downloads folder.
        const link = document.createElement('a');
        link.href = `${download}?token=${encodeURIComponent(token)}`;
        link.download = '';
        link.click();
      }
      return result;
    },
    async cancel(jobId) {
      await post('/api/cancel', JSON.stringify({ jobId }));
    },
    async upload(channel, file) {
      const query = new URLSearchParams({ channel, name: file.name });
      // The server checks the session before it takes a byte of the file.
      return (
        await post<PickedFile>(`/api/upload?${query}`, file, {
          'Content-Type': 'application/octet-stream',
          [sessionHeader]: sessionToken() ?? '',
        })
      ).result;
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
        source.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as AppEvent;
          for (const each of listeners) each(event);
        };
      }
      return () => listeners.delete(listener);
    },
  };
}

export function chooseTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  return bridge ?? browserModeTransport();
}
