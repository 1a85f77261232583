import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type Output, type Parsed } from '@shared/contract';
import type { ChannelSpec } from '@shared/contract/infra/define';
import { roleAllows, type Actor } from '@shared/contract/infra/roles';
import { AppError, errorMessages, type AppErrorPayload, type FieldIssue, type Result } from '@shared/errors';
import type { AuditNote, Clock, HandlerContext, InputFile, Logger, OutputFile } from './context';
import { localDate } from './context';
import type { Db } from './db/open-database';
import { auditLog } from './db/schema';
import { createJobControl, noJob, type CallJob } from './jobs';

type HandlerFor<C extends Channel> = Contract[C]['kind'] extends 'mutation'
  ? // A mutation runs inside a synchronous SQLite transaction, so it cannot await.
    (input: Parsed<C>, ctx: HandlerContext) => Output<C>
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
}

export type Dispatch = (channel: string, input: unknown, actor?: Actor, call?: CallEnvelope) => Promise<Result<unknown>>;

/** One audit row as the router writes it. */
export interface AuditRecord {
  channel: string;
  actor: Actor;
  at: string;
  notes: AuditNote[];
}

export interface RouterDeps {
  handlers: Handlers;
  baseContext: Omit<HandlerContext, 'actor' | 'now' | 'today' | 'audit' | 'job' | 'files'>;
  defaultActor: Actor;
  clock: Clock;
  logger: Logger;
  onCommitted(channel: Channel, recordIds: string[]): void;
  /**
   * Writes the audit rows of a query that exported or revealed personal data. In a reader thread
   * this goes to the one writer (a reader's connection is query-only); by default it is written here.
   */
  recordQueryAudit?(record: AuditRecord): Promise<void>;
}

/** Writes a call's audit rows (one per note, or one with the channel's title). */
export function insertAuditRows(db: Db, newId: () => string, record: AuditRecord) {
  const title = isChannel(record.channel) ? contract[record.channel].title : record.channel;
  const notes = record.notes.length > 0 ? record.notes : [{ recordIds: [], summary: title }];
  for (const note of notes) {
    db.insert(auditLog)
      .values({
        id: newId(),
        createdAt: record.at,
        updatedAt: record.at,
        actorId: record.actor.id,
        actorName: record.actor.name,
        channel: record.channel,
        recordIds: JSON.stringify(note.recordIds),
        // The log's 内容 column is never blank: a handler that says nothing is named by its channel.
        summary: note.summary.trim() || title,
      })
      .run();
  }
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

  return async (channel, rawInput, actor = deps.defaultActor, call = {}) => {
    if (!isChannel(channel)) return failure({ code: 'UNKNOWN_CHANNEL', message: `${errorMessages.UNKNOWN_CHANNEL}：${channel}` });
    const spec: Contract[Channel] = contract[channel];
    if (!roleAllows(actor.role, spec.role)) {
      return failure({ code: 'FORBIDDEN', message: `${errorMessages.FORBIDDEN}（${spec.title}）` });
    }
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) return failure(validationError(parsed.error));
    const files = checkFiles(spec, call);
    if ('error' in files) return failure(files.error);

    const notes: AuditNote[] = [];
    const instant = deps.clock.now();
    const ctx: HandlerContext = {
      ...deps.baseContext,
      actor,
      now: instant.toISOString(),
      today: localDate(instant),
      audit: (note) => notes.push(note),
      job: call.job ? createJobControl(call.job, deps.baseContext.reportProgress) : noJob,
      files: { input: call.inputFile ?? null, output: files.output },
    };
    const handler = deps.handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
    const record = (): AuditRecord => ({ channel, actor, at: ctx.now, notes });

    try {
      if (spec.kind === 'mutation') {
        // IMMEDIATE takes the write lock up front, so a second process on the same file waits
        // (busy_timeout) instead of failing when a read-then-write transaction upgrades.
        const value = sqlite
          .transaction(() => {
            const result = handler(parsed.data, ctx);
            if (result instanceof Promise) throw new Error(`mutation handler ${channel} returned a promise`);
            insertAuditRows(db, newId, record());
            return result;
          })
          .immediate();
        deps.onCommitted(channel, notes.flatMap((n) => n.recordIds));
        return { ok: true, value };
      }
      const value = await handler(parsed.data, ctx);
      // A query that reports an export of personal data is logged once it has succeeded.
      if (notes.length > 0) await recordQueryAudit(record());
      if (files.output) renameSync(files.output.path, call.outputPath!);
      return { ok: true, value };
    } catch (error) {
      if (files.output) rmSync(files.output.path, { force: true });
      if (error instanceof AppError && error.code === 'CANCELLED' && spec.kind === 'mutation') {
        // The transaction rolled back whole; what stays is the record that it was cancelled.
        insertAuditRows(db, newId, { ...record(), notes: [{ recordIds: [], summary: `已取消：${spec.title}（已回滚，未写入任何数据）` }] });
      }
      if (error instanceof AppError) return failure(error.toPayload());
      deps.logger.error(`channel ${channel} failed`, error);
      return failure({ code: 'INTERNAL', message: errorMessages.INTERNAL });
    }
  };
}

/** The files a long call declares must have come with it, within the contract's limits. */
function checkFiles(spec: Contract[Channel], call: CallEnvelope): { output: OutputFile | null } | { error: AppErrorPayload } {
  const job = (spec as ChannelSpec).job;
  const upload = job?.upload;
  if (upload) {
    const file = call.inputFile;
    if (!file) return { error: { code: 'VALIDATION', message: '请先选择文件' } };
    if (file.size === 0) return { error: { code: 'VALIDATION', message: `文件“${file.name}”是空的（0 字节），请确认选对了文件` } };
    if (file.size > upload.maxBytes) {
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
      return { error: { code: 'VALIDATION', message: `文件“${file.name}”有 ${mb(file.size)}，超过了 ${mb(upload.maxBytes)} 的上限` } };
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
