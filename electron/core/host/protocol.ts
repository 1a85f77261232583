import type { AppEvent } from '@shared/contract/infra/events';
import type { AppErrorPayload } from '@shared/errors';
import type { InputFile } from '../context';
import type { CoreOptions } from '../create-core';

/** The messages between the host thread and a core thread (structured clone, never JSON). */

export type ThreadRole = 'writer' | 'reader';

export interface ThreadInit {
  role: ThreadRole;
  core: Omit<CoreOptions, 'clock' | 'logger'>;
}

export interface CallMessage {
  type: 'call';
  callId: number;
  channel: string;
  input: unknown;
  /** The session token a transport passed; absent for the app's own calls (`asSystem`). */
  session?: string;
  asSystem?: boolean;
  job?: { jobId: string; cancelFlag: SharedArrayBuffer };
  inputFile?: InputFile;
  outputPath?: string;
}

export type ToThread =
  /**
   * Reader only: the writer has migrated the file, open it. Readers load the core's code while the
   * writer migrates (at start every thread loads at once) and open their connection on this.
   */
  | { type: 'open'; schemaVersion: string }
  | CallMessage
  /** Writer only: copy the readers' waiting audit records from the audit inbox into audit_log. */
  | { type: 'copyAudits'; callId: number }
  /** Writer only: a reader's caller used their session now (the idle lock counts from it). */
  | { type: 'touch'; callId: number; sessionId: string; at: string }
  | { type: 'close' };

export type FromThread =
  | { type: 'ready'; schemaVersion: string }
  | { type: 'startFailed'; error: AppErrorPayload }
  /** A call's Result as JSON text: the host hands it to the transport without parsing it. */
  | { type: 'result'; callId: number; json: string }
  | { type: 'event'; event: AppEvent }
  /** A reader left an audit record in the audit inbox: the writer should copy it when it is free. */
  | { type: 'auditWaiting' }
  | { type: 'touch'; sessionId: string; at: string };
