import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type Output, type Parsed } from '@shared/contract';
import type { ChannelSpec } from '@shared/contract/infra/define';
import { dutyLabels, holdsDuty, roleAllows, type Actor } from '@shared/contract/infra/roles';
import type { MakerChecker } from '@shared/contract/infra/define';
import { AppError, errorMessages, type AppErrorPayload, type FieldIssue, type Result } from '@shared/errors';
import type { AuditNote, Clock, HandlerContext, InputFile, Logger, OutputFile } from './context';
import { localDate } from './context';
import type { Db } from './db/open-database';
import { auditLog, auditLogRecords } from './db/schema';
import { createJobControl, noJob, type CallJob } from './jobs';

/**
 * A mutation that must await before it writes (a password's scrypt hash, ~0.3 s off the loop):
 * `prepare` runs first, outside the transaction; `commit` then writes in it. The writer thread
 * runs one call at a time, so nothing changes between the two.
 */
export interface PreparedMutation<C extends Channel> {
  prepare(input: Parsed<C>, ctx: HandlerContext): Promise<unknown>;
  /** `prepared` is what prepare resolved to (a method, so each handler annotates its own type). */
  commit(input: Parsed<C>, ctx: HandlerContext, prepared: unknown): Output<C>;
}

/**
 * The handler of a maker-checker channel (contract `makerChecker`): `makers` gives the ids of the
 * people who made what the call confirms, read in the call's transaction; the router refuses the
 * call when the caller is among them, and runs `run` otherwise.
 */
export interface MakerCheckedMutation<C extends Channel> {
  makers(input: Parsed<C>, ctx: HandlerContext): string[];
  run(input: Parsed<C>, ctx: HandlerContext): Output<C>;
}

type HandlerFor<C extends Channel> = Contract[C] extends { makerChecker: MakerChecker }
  ? MakerCheckedMutation<C>
  : Contract[C]['kind'] extends 'mutation'
    ? // A mutation runs inside a synchronous SQLite transaction, so it cannot await.
      ((input: Parsed<C>, ctx: HandlerContext) => Output<C>) | PreparedMutation<C>
    : (input: Parsed<C>, ctx: HandlerContext) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in Channel]: HandlerFor<C> };
/** The handlers of one area, e.g. AreaHandlers<'settings'>. */
export type AreaHandlers<Area extends string> = {
  [C in Channel as C extends `${Area}.${string}` ? C : never]: HandlerFor<C>;
};

/** What a transport hands over beside the input, for the long calls (contract `job`). */
export interface CallEnvelope {
  job?: CallJob;
  /** The file the user picked (`job.upload`). */
  inputFile?: InputFile;
  /** Where the file the call writes must end up (`job.download`): the user's choice or a download slot. */
  outputPath?: string;
  /** The session token the window got at sign-in: the only way a transport's call names its caller. */
  session?: string;
}

/**
 * `actor` is for callers inside the core's own process only (the app's own work such as the daily
 * backup, tests, demo data): transports never pass one, they pass the session token in `call`,
 * and the router takes the caller from the session, never from anything in the input.
 */
export type Dispatch = (
  channel: string,
  input: unknown,
  actor?: Actor,
  call?: CallEnvelope,
) => Promise<Result<unknown>>;

/** A session as the router needs it: the account behind it, read fresh on every call. */
export interface SessionRecord {
  sessionId: string;
  lastSeenAt: string;
  ended: boolean;
  account: Actor & { active: boolean; mustChangePassword: boolean };
}

export interface SessionDeps {
  find(token: string): SessionRecord | undefined;
  idleMinutes(): number;
  /** Marks the session as used now (the idle lock counts from the last call). */
  touch(sessionId: string, at: string): void | Promise<void>;
}

/** One audit row as the router writes it. */
export interface AuditRecord {
  channel: string;
  actor: Actor;
  at: string;
  notes: AuditNote[];
  /**
   * The audit rows' ids, one per note (or one), given where the record was made: a reader's record
   * copied twice from the audit inbox (a crash between the two commits) then writes no row twice.
   */
  rowIds?: string[];
}

export interface RouterDeps {
  handlers: Handlers;
  baseContext: Omit<HandlerContext, 'actor' | 'session' | 'now' | 'today' | 'audit' | 'job' | 'files'>;
  sessions: SessionDeps;
  /**
   * The core called in process (tests, demo data, the benchmark; never behind a transport): a call
   * without a session runs as this administrator, who is also let through maker-checker. The core
   * in its threads has none, so a transport's call without a valid session is refused.
   */
  defaultActor?: Actor;
  clock: Clock;
  logger: Logger;
  onCommitted(channel: Channel, recordIds: string[]): void;
  /**
   * Writes the audit rows of a query that exported or revealed personal data. A reader thread leaves
   * them in the audit inbox for the one writer (its connection is query-only); by default they are written here.
   */
  recordQueryAudit?(record: AuditRecord): Promise<void>;
}

/** Writes a call's audit rows (one per note, or one with the channel's title). */
export function insertAuditRows(db: Db, newId: () => string, record: AuditRecord) {
  const title = isChannel(record.channel) ? contract[record.channel].title : record.channel;
  const notes = record.notes.length > 0 ? record.notes : [{ recordIds: [], summary: title }];
  for (const [index, note] of notes.entries()) {
    const id = record.rowIds?.[index] ?? newId();
    const actor = note.actor ?? record.actor;
    const written = db
      .insert(auditLog)
      .values({
        id,
        createdAt: record.at,
        updatedAt: record.at,
        actorId: actor.id,
        actorName: actor.name,
        channel: record.channel,
        recordIds: JSON.stringify(note.recordIds),
        // The log's 内容 column is never blank: a handler that says nothing is named by its channel.
        summary: note.summary.trim() || title,
      })
      .onConflictDoNothing()
      .run();
    if (written.changes === 0) continue;
    const recordIds = [...new Set(note.recordIds)];
    for (let i = 0; i < recordIds.length; i += 500) {
      db.insert(auditLogRecords)
        .values(recordIds.slice(i, i + 500).map((recordId) => ({ recordId, auditId: id })))
        .run();
    }
  }
}

/** Who a call of the sign-in page's own channels runs as: nobody yet. */
const signedOut: Actor = { id: '', name: '（未登录）', role: 'viewer' };
const freshSessionMs = 30_000;

type Caller =
  { actor: Actor; session: { id: string; lastSeenAt: string; locked: boolean } | null } | { error: AppErrorPayload };

/** The caller of a transport's call, from its session token; refusals say what to do in Chinese. */
function callerOf(spec: ChannelSpec, deps: RouterDeps, token: string | undefined, now: Date): Caller {
  const { sessions } = deps;
  if (!token && spec.role !== 'public' && deps.defaultActor) return { actor: deps.defaultActor, session: null };
  const found = token ? sessions.find(token) : undefined;
  if (!found || found.ended || !found.account.active) {
    if (spec.role === 'public') return { actor: signedOut, session: null };
    return {
      error: {
        code: 'SIGNED_OUT',
        message: found?.account.active === false ? '账号已停用，请联系管理员' : errorMessages.SIGNED_OUT,
      },
    };
  }
  const { account } = found;
  const actor: Actor = { id: account.id, name: account.name, role: account.role, duties: account.duties };
  const locked = now.getTime() - Date.parse(found.lastSeenAt) > sessions.idleMinutes() * 60_000;
  const session = { id: found.sessionId, lastSeenAt: found.lastSeenAt, locked };
  if (spec.role === 'public' || spec.role === 'signedIn') return { actor, session };
  if (locked) return { error: { code: 'SESSION_LOCKED', message: errorMessages.SESSION_LOCKED } };
  if (account.mustChangePassword)
    return { error: { code: 'PASSWORD_CHANGE_REQUIRED', message: errorMessages.PASSWORD_CHANGE_REQUIRED } };
  return { actor, session };
}

/**
 * The one gate between a transport and the services: find the channel, check the role, validate
 * the input, run the handler (a mutation in one transaction with its audit row), and answer with
 * a Result. Nothing a handler throws crosses the boundary except as an AppErrorPayload.
 */
export function createRouter(deps: RouterDeps): Dispatch {
  const { db, sqlite, newId } = deps.baseContext;
  const recordQueryAudit =
    deps.recordQueryAudit ??
    ((record: AuditRecord) => {
      insertAuditRows(db, newId, record);
      return Promise.resolve();
    });

  const route: Dispatch = async (channel, rawInput, trustedActor, call = {}) => {
    if (!isChannel(channel))
      return failure({ code: 'UNKNOWN_CHANNEL', message: `${errorMessages.UNKNOWN_CHANNEL}：${channel}` });
    const spec: ChannelSpec = contract[channel];
    const instant = deps.clock.now();
    const caller: Caller = trustedActor
      ? { actor: trustedActor, session: null }
      : callerOf(spec, deps, call.session, instant);
    if ('error' in caller) return failure(caller.error);
    const { actor } = caller;
    const role = spec.role;
    if (role !== 'public' && role !== 'signedIn' && !roleAllows(actor.role, role)) {
      return failure({ code: 'FORBIDDEN', message: `${errorMessages.FORBIDDEN}（${spec.title}）` });
    }
    if (spec.duty && !holdsDuty(actor, spec.duty))
      return failure({
        code: 'FORBIDDEN',
        message: `${errorMessages.FORBIDDEN}（${spec.title}：需要“${dutyLabels[spec.duty]}”的权限）`,
      });
    // A locked session is not refreshed by its calls: only unlocking (the password) does that.
    if (
      caller.session &&
      !caller.session.locked &&
      role !== 'public' &&
      instant.getTime() - Date.parse(caller.session.lastSeenAt) > freshSessionMs
    ) {
      await deps.sessions.touch(caller.session.id, instant.toISOString());
    }
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) return failure(validationError(parsed.error));
    const files = checkFiles(spec, call);
    if ('error' in files) return failure(files.error);

    const notes: AuditNote[] = [];
    const ctx: HandlerContext = {
      ...deps.baseContext,
      actor,
      session: caller.session,
      now: instant.toISOString(),
      today: localDate(instant),
      audit: (note) => notes.push(note),
      job: call.job ? createJobControl(call.job, deps.baseContext.reportProgress) : noJob,
      files: { input: call.inputFile ?? null, output: files.output },
    };
    const handler = deps.handlers[channel] as AnyHandler;
    const record = (): AuditRecord => ({ channel, actor, at: ctx.now, notes });

    try {
      if (spec.kind === 'mutation') {
        const run = await mutationBody(handler, parsed.data, ctx, spec, deps.defaultActor);
        // IMMEDIATE takes the write lock up front, so a second process on the same file waits
        // (busy_timeout) instead of failing when a read-then-write transaction upgrades.
        const value = sqlite
          .transaction(() => {
            const result = run();
            if (result instanceof Promise) throw new Error(`mutation handler ${channel} returned a promise`);
            insertAuditRows(db, newId, record());
            return result;
          })
          .immediate();
        deps.onCommitted(
          channel,
          notes.flatMap((n) => n.recordIds),
        );
        return { ok: true, value };
      }
      const value = await (handler as (input: unknown, ctx: HandlerContext) => unknown)(parsed.data, ctx);
      // A query that reports an export of personal data is logged once it has succeeded.
      if (notes.length > 0) await recordQueryAudit(record());
      if (files.output) renameSync(files.output.path, call.outputPath!);
      return { ok: true, value };
    } catch (error) {
      if (files.output) rmSync(files.output.path, { force: true });
      if (error instanceof AppError && error.code === 'CANCELLED' && spec.kind === 'mutation') {
        // The transaction rolled back whole; what stays is the record that it was cancelled.
        try {
          insertAuditRows(db, newId, {
            ...record(),
            notes: [{ recordIds: [], summary: `已取消：${spec.title}（已回滚，未写入任何数据）` }],
          });
        } catch (auditError) {
          deps.logger.error(`the cancellation of ${channel} was not logged`, auditError);
        }
      }
      return failure(unexpected(error, channel, deps.logger));
    }
  };
  // Whatever escapes the body (a session touch or a cancellation's audit row meeting a busy
  // database) still answers: a call that never answers is a frozen screen.
  return (channel, rawInput, trustedActor, call) =>
    route(channel, rawInput, trustedActor, call).catch((error: unknown) =>
      failure(unexpected(error, channel, deps.logger)),
    );
}

/**
 * The payload of anything a handler threw. Another program holding the write lock past the busy
 * timeout is not a bug but a busy database (the transaction never began, so nothing was written);
 * only what nobody expected is INTERNAL, with a log line.
 */
function unexpected(error: unknown, channel: string, logger: Logger): AppErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  if (isBusy(error)) return { code: 'BUSY', message: errorMessages.BUSY };
  logger.error(`channel ${channel} failed`, error);
  return { code: 'INTERNAL', message: errorMessages.INTERNAL };
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …), and SQLITE_LOCKED. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

type AnyHandler =
  | ((input: unknown, ctx: HandlerContext) => unknown)
  | {
      prepare(input: unknown, ctx: HandlerContext): Promise<unknown>;
      commit(input: unknown, ctx: HandlerContext, prepared: unknown): unknown;
    }
  | { makers(input: unknown, ctx: HandlerContext): string[]; run(input: unknown, ctx: HandlerContext): unknown };

/**
 * What a mutation runs inside its transaction: the handler itself, a prepared mutation's commit
 * once its preparation has resolved, or a maker-checker channel's work behind the one rule that
 * the checker is not one of the makers.
 */
async function mutationBody(
  handler: AnyHandler,
  input: unknown,
  ctx: HandlerContext,
  spec: ChannelSpec,
  exempt: Actor | undefined,
): Promise<() => unknown> {
  if (typeof handler === 'function') return () => handler(input, ctx);
  if ('prepare' in handler) {
    const prepared = await handler.prepare(input, ctx);
    return () => handler.commit(input, ctx, prepared);
  }
  return () => {
    if (ctx.actor.id !== exempt?.id && handler.makers(input, ctx).includes(ctx.actor.id)) {
      throw new AppError(
        'FORBIDDEN',
        `${spec.title}须由另一人完成：${spec.makerChecker!.made}的是您本人，请由其他有权限的同事${spec.title}`,
      );
    }
    return handler.run(input, ctx);
  };
}

/** The files a long call declares must have come with it, within the contract's limits. */
function checkFiles(spec: ChannelSpec, call: CallEnvelope): { output: OutputFile | null } | { error: AppErrorPayload } {
  const job = (spec as ChannelSpec).job;
  const upload = job?.upload;
  if (upload) {
    const file = call.inputFile;
    if (!file) return { error: { code: 'VALIDATION', message: '请先选择文件' } };
    if (file.size === 0)
      return { error: { code: 'VALIDATION', message: `文件“${file.name}”是空的（0 字节），请确认选对了文件` } };
    if (file.size > upload.maxBytes) {
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
      return {
        error: {
          code: 'VALIDATION',
          message: `文件“${file.name}”有 ${mb(file.size)}，超过了 ${mb(upload.maxBytes)} 的上限`,
        },
      };
    }
  }
  if (!job?.download) return { output: null };
  if (!call.outputPath) return { error: { code: 'VALIDATION', message: '缺少保存位置' } };
  const name = basename(call.outputPath);
  return { output: { name, path: join(dirname(call.outputPath), `.${name}.${randomBytes(4).toString('hex')}.part`) } };
}

function failure(error: AppErrorPayload): Result<never> {
  return { ok: false, error };
}

function validationError(error: z.ZodError): AppErrorPayload {
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0]!;
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处）` : '';
  return { code: 'VALIDATION', message: `输入有误：${first.message}${more}`, details: { issues } };
}
