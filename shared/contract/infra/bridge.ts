import type { Result } from '../../errors';
import type { AppEvent } from './events';
import type { PrinterInfo, PrintJobInput } from './printing';

// Type-only imports: the sandboxed preload bundles this file and may load no package but electron.

/** A file the user picked for a call whose contract declares `job.upload`, named by the picker's id. */
export interface PickedFile {
  id: string;
  name: string;
  size: number;
}

/** What a call carries beside its input: set for the long calls (`job` in the contract). */
export interface CallOptions {
  /** Names the call in progress events and for cancel; the renderer makes one per long call. */
  jobId?: string;
  /** The file picked for the call (`job.upload`). */
  fileId?: string;
  /** The token of the signed-in session (accounts.signIn): the core takes the caller from it. */
  session?: string;
  /** The call writes a file (`job.download`): Electron asks where with the save dialog, browser mode downloads it. */
  saveAs?: { suggestedName: string };
}

/** The only object the preload puts into the page, under `window[bridgeKey]`. */
export interface Bridge {
  invoke(channel: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  /** Asks the running call with this job id to stop; it answers CANCELLED once it has rolled back. */
  cancel(jobId: string): Promise<void>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * The native open dialog for a channel's upload (its extensions come from the contract); null
   * when the user closed it. Only the desktop app has it: browser mode uploads the chosen File.
   */
  openFile?(channel: string): Promise<PickedFile | null>;
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

/**
 * The members the preload exposes, in its order: the Electron spec expects exactly these, and
 * e2e/preload-bundle.spec.ts runs the built preload to prove it exposes no more and no fewer.
 * `satisfies` makes a member added to Bridge and not listed here a compile error.
 */
export const bridgeMembers = Object.keys({
  invoke: 0,
  cancel: 0,
  onEvent: 0,
  openFile: 0,
  printing: 0,
} satisfies Record<keyof Bridge, 0>) as (keyof Bridge)[];

/** The IPC channel names the preload and the shell share. */
export const ipcChannels = {
  invoke: 'app:invoke',
  cancel: 'app:cancel',
  openFile: 'app:open-file',
  event: 'app:event',
  listPrinters: 'app:list-printers',
  print: 'app:print',
} as const;
