import type { z } from 'zod';
import { contract, isChannel, type Channel, type Contract, type Output, type Parsed } from '../../shared/contract';
import { roleAllows, type Actor } from '../../shared/contract/roles';
import { AppError, errorMessages, type AppErrorPayload, type FieldIssue, type Result } from '../../shared/errors';
import type { AuditNote, Clock, HandlerContext, Logger } from './context';
import { localDate } from './context';
import { auditLog } from './db/schema';

type HandlerFor<C extends Channel> = Contract[C]['kind'] extends 'mutation'
  ? // A mutation runs inside a synchronous SQLite transaction, so it cannot await.
    (input: Parsed<C>, ctx: HandlerContext) => Output<C>
  : (input: Parsed<C>, ctx: HandlerContext) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in Channel]: HandlerFor<C> };
/** The handlers of one area, e.g. AreaHandlers<'settings'>. */
export type AreaHandlers<Area extends string> = {
  [C in Channel as C extends `${Area}.${string}` ? C : never]: HandlerFor<C>;
};

export type Dispatch = (channel: string, input: unknown, actor?: Actor) => Promise<Result<unknown>>;

export interface RouterDeps {
  handlers: Handlers;
  baseContext: Omit<HandlerContext, 'actor' | 'now' | 'today' | 'audit'>;
  defaultActor: Actor;
  clock: Clock;
  logger: Logger;
  onCommitted(channel: Channel, recordIds: string[]): void;
}

/**
 * The one gate between a transport and the services: find the channel, check the role, validate
 * the input, run the handler (a mutation in one transaction with its audit row), and answer with
 * a Result. Nothing a handler throws crosses the boundary except as an AppErrorPayload.
 */
export function createRouter(deps: RouterDeps): Dispatch {
  return async (channel, rawInput, actor = deps.defaultActor) => {
    if (!isChannel(channel)) return failure({ code: 'UNKNOWN_CHANNEL', message: `${errorMessages.UNKNOWN_CHANNEL}：${channel}` });
    const spec = contract[channel];
    if (!roleAllows(actor.role, spec.role)) {
      return failure({ code: 'FORBIDDEN', message: `${errorMessages.FORBIDDEN}（${spec.title}）` });
    }
    const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
    if (!parsed.success) return failure(validationError(parsed.error));

    const notes: AuditNote[] = [];
    const instant = deps.clock.now();
    const ctx: HandlerContext = {
      ...deps.baseContext,
      actor,
      now: instant.toISOString(),
      today: localDate(instant),
      audit: (note) => notes.push(note),
    };
    const handler = deps.handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
    const writeAudit = () => {
      const written = notes.length > 0 ? notes : [{ recordIds: [], summary: spec.title }];
      for (const note of written) {
        ctx.db
          .insert(auditLog)
          .values({
            id: ctx.newId(),
            createdAt: ctx.now,
            updatedAt: ctx.now,
            actorId: actor.id,
            actorName: actor.name,
            channel,
            recordIds: JSON.stringify(note.recordIds),
            // The log's 内容 column is never blank: a handler that says nothing is named by its channel.
            summary: note.summary.trim() || spec.title,
          })
          .run();
      }
    };

    try {
      if (spec.kind === 'mutation') {
        // IMMEDIATE takes the write lock up front, so a second process on the same file waits
        // (busy_timeout) instead of failing when a read-then-write transaction upgrades.
        const value = ctx.sqlite
          .transaction(() => {
            const result = handler(parsed.data, ctx);
            if (result instanceof Promise) throw new Error(`mutation handler ${channel} returned a promise`);
            writeAudit();
            return result;
          })
          .immediate();
        deps.onCommitted(channel, notes.flatMap((n) => n.recordIds));
        return { ok: true, value };
      }
      const value = await handler(parsed.data, ctx);
      // A query that reports an export of personal data is logged once it has succeeded.
      if (notes.length > 0) writeAudit();
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toPayload());
      deps.logger.error(`channel ${channel} failed`, error);
      return failure({ code: 'INTERNAL', message: errorMessages.INTERNAL });
    }
  };
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
