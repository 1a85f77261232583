import type { AppEvent } from '@shared/contract/infra/events';
import type { AppErrorPayload } from '@shared/errors';
import type { InputFile } from '../context';
import type { CoreOptions } from '../create-core';
import type { AuditRecord } from '../router';

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
  /** Writer only: the audit rows of a reader's query, in their own transaction. */
  | { type: 'audit'; callId: number; record: AuditRecord }
  /** Writer only: a reader's caller used their session now (the idle lock counts from it). */
  | { type: 'touch'; callId: number; sessionId: string; at: string }
  /** Reader only: the writer has (or has not) written the audit rows asked for. */
  | { type: 'auditDone'; requestId: number; error: AppErrorPayload | null }
  | { type: 'close' };

export type FromThread =
  | { type: 'ready'; schemaVersion: string }
  | { type: 'startFailed'; error: AppErrorPayload }
  /** A call's Result as JSON text: the host hands it to the transport without parsing it. */
  | { type: 'result'; callId: number; json: string }
  | { type: 'event'; event: AppEvent }
  | { type: 'audit'; requestId: number; record: AuditRecord }
  | { type: 'touch'; sessionId: string; at: string };
