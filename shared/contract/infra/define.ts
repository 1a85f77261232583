import type { z } from 'zod';
import type { Duty, Role } from './roles';

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

/**
 * Who may call a channel: the least staff role (signed in, that role or a more trusted one);
 * 'signedIn' for anyone signed in, even before a temporary password is changed or while the
 * screen is locked (sign-out, the password change, unlocking); 'public' for the sign-in page's
 * own calls, made before anyone has signed in.
 */
export type Access = Role | 'signedIn' | 'public';

/**
 * Maker-checker (四眼原则): the channel confirms, approves or undoes what someone else made, and
 * the router refuses it when the caller is one of the makers. The service names the makers
 * (`makers` beside the channel's handler, read in the same transaction); `made` says in Chinese
 * what they did, for the refusal: “确认成绩须由另一人完成：录入这些成绩的是您本人”.
 */
export interface MakerChecker {
  made: string;
}

export interface ChannelSpec<I extends z.ZodType = z.ZodType, R = unknown, K extends ChannelKind = ChannelKind> {
  readonly kind: K;
  readonly input: I;
  readonly role: Access;
  /** A finer grant the caller must hold beside the role (an administrator holds every duty). */
  readonly duty?: Duty;
  readonly makerChecker?: MakerChecker;
  /** Chinese name of the action, used in the audit log and in progress messages. */
  readonly title: string;
  /** Present on long calls: progress, cancel, and streamed files. */
  readonly job?: JobSpec;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: R;
}

interface ChannelOptions<I extends z.ZodType> {
  input: I;
  role: Access;
  title: string;
  duty?: Duty;
  job?: JobSpec;
}

interface MutationOptions<I extends z.ZodType> extends ChannelOptions<I> {
  makerChecker?: MakerChecker;
}

/** Keeps `makerChecker` in the channel's type, so the handler map must give the channel's makers. */
type MakerCheckerOf<O> = O extends { makerChecker: MakerChecker } ? { readonly makerChecker: MakerChecker } : unknown;

/** A spec whose result is not JSON-safe gets an impossible extra member, so the contract fails to compile. */
type CheckedSpec<I extends z.ZodType, R, K extends ChannelKind> = ChannelSpec<I, R, K> &
  ([R] extends [JsonSafe<R>] ? unknown : { resultIsNotJsonSafe: never });

function builder<K extends ChannelKind, O extends MutationOptions<z.ZodType>>(kind: K, options: O) {
  return {
    returns<R>(this: void): CheckedSpec<O['input'], R, K> & MakerCheckerOf<O> {
      return { kind, ...options } as CheckedSpec<O['input'], R, K> & MakerCheckerOf<O>;
    },
  };
}

/** A read: runs outside a write transaction and is not audited unless it reports an export. */
export const query = <O extends ChannelOptions<z.ZodType>>(options: O) => builder('query' as const, options);

/** A change: runs in one transaction together with its audit row, or not at all. */
export const mutation = <O extends MutationOptions<z.ZodType>>(options: O) => builder('mutation' as const, options);
