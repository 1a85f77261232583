import type { Result } from '../errors';
import type { AppEvent } from './events';
import type { PrinterInfo, PrintJobInput } from './printing';

// Type-only imports: the sandboxed preload bundles this file and may load no package but electron.

/** The only object the preload puts into the page, under `window[bridgeKey]`. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * Silent printing to a named printer with no margins and no scaling: only the desktop app has
   * it. Browser mode prints through the browser's own dialog instead.
   */
  printing?: {
    listPrinters(): Promise<PrinterInfo[]>;
    print(job: PrintJobInput): Promise<{ ok: boolean; reason: string }>;
  };
}

export const bridgeKey = 'jiangxun';

/** The IPC channel names the preload and the shell share. */
export const ipcChannels = {
  invoke: 'app:invoke',
  event: 'app:event',
  listPrinters: 'app:list-printers',
  print: 'app:print',
} as const;
