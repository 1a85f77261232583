import type { Result } from '../errors';
import type { AppEvent } from './events';

/** The only object the preload puts into the page, under `window[bridgeKey]`. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const bridgeKey = 'jiangxun';

/** The two IPC channel names the preload and the shell share: one for calls, one for events. */
export const ipcChannels = { invoke: 'app:invoke', event: 'app:event' } as const;
