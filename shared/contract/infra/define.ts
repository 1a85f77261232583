import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Values that survive JSON unchanged. Results are constrained to this at compile time, because
 * the browser-mode transport is JSON while Electron IPC is structured clone: a Date or a Map would
 * arrive intact over IPC and broken over HTTP, and the tests run over HTTP.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonSafe<T> = T extends string | number | boolean | null
  ? T
  : T extends (infer E)[]
    ? JsonSafe<E>[]
    : T extends readonly (infer E)[]
      ? readonly JsonSafe<E>[]
      : T extends (...args: never[]) => unknown
        ? never
        : T extends Date | Map<unknown, unknown> | Set<unknown> | Uint8Array
          ? never
          : T extends object
            ? { [K in keyof T]: JsonSafe<T[K]> }
            : never;

export type ChannelKind = 'query' | 'mutation';

/**
 * A long call: the renderer gives it a job id, the handler reports progress (ctx.job.progress) and
 * checks for cancellation (ctx.job.checkCancelled) in its loops, and a query runs in the long-read
 * threads so that it never holds up short reads. A file it reads or writes streams to or from disk
 * (Electron: the native dialogs; browser mode: the upload and download routes), never as base64.
 */
export interface JobSpec {
  /** The call reads one file the user picks: its extensions (".xlsx") and its largest size. */
  upload?: { accept: readonly string[]; maxBytes: number };
  /** The call writes one file where the user chooses: its extension (".xlsx") and MIME type. */
  download?: { extension: string; mimeType: string };
}

export interface ChannelSpec<I extends z.ZodType = z.ZodType, R = unknown, K extends ChannelKind = ChannelKind> {
  readonly kind: K;
  readonly input: I;
  /** The least role allowed to call the channel. */
  readonly role: Role;
  /** Chinese name of the action, used in the audit log and in progress messages. */
  readonly title: string;
  /** Present on long calls: progress, cancel, and streamed files. */
  readonly job?: JobSpec;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: R;
}

interface ChannelOptions<I extends z.ZodType> {
  input: I;
  role: Role;
  title: string;
  job?: JobSpec;
}

/** A spec whose result is not JSON-safe gets an impossible extra member, so the contract fails to compile. */
type CheckedSpec<I extends z.ZodType, R, K extends ChannelKind> = ChannelSpec<I, R, K> &
  ([R] extends [JsonSafe<R>] ? unknown : { resultIsNotJsonSafe: never });

function builder<K extends ChannelKind, I extends z.ZodType>(kind: K, options: ChannelOptions<I>) {
  return {
    returns<R>(this: void): CheckedSpec<I, R, K> {
      return { kind, ...options } as CheckedSpec<I, R, K>;
    },
  };
}

/** A read: runs outside a write transaction and is not audited unless it reports an export. */
export const query = <I extends z.ZodType>(options: ChannelOptions<I>) => builder('query' as const, options);

/** A change: runs in one transaction together with its audit row, or not at all. */
export const mutation = <I extends z.ZodType>(options: ChannelOptions<I>) => builder('mutation' as const, options);
