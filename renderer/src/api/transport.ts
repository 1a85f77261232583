import { bridgeKey, type Bridge } from '../../../shared/contract/bridge';
import type { AppEvent } from '../../../shared/contract/events';
import { errorMessages, type Result } from '../../../shared/errors';

/**
 * How calls reach the main process. In the Electron app the preload's bridge is there; in browser
 * mode the page was opened at http://127.0.0.1:PORT/?token=… and talks to the same router over HTTP.
 */
export type Transport = Bridge;

const tokenStorageKey = 'jiangxun.token';

function browserModeTransport(): Transport {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenStorageKey, fromUrl);
    // Keep the token out of the address bar, history and screenshots.
    window.history.replaceState(null, '', window.location.pathname + window.location.hash);
  }
  const token = sessionStorage.getItem(tokenStorageKey) ?? '';
  return {
    async invoke(channel, input) {
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ channel, input }),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: `无法连接本机服务：${errorMessages.INTERNAL}` } };
      }
    },
    onEvent(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as AppEvent);
      return () => source.close();
    },
  };
}

export function chooseTransport(): Transport {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  return bridge ?? browserModeTransport();
}
