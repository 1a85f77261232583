import { createHash } from 'node:crypto';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { AccountRow } from '../../../../shared/contract/accounts';
import type { Duty, Role } from '../../../../shared/contract/infra/roles';
import type { LockState } from '../../../../shared/domain/accounts';
import type { HandlerContext } from '../../context';
import type { Db } from '../../db/open-database';
import { accountPolicy, accounts, sessions } from '../../db/schema';
import type { SessionRecord } from '../../router';

/** Every SQL statement of the accounts area. */

type AccountRecord = typeof accounts.$inferSelect;
export const defaultIdleMinutes = 15;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function toAccountRow(row: AccountRecord): AccountRow {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    role: row.role,
    duties: JSON.parse(row.duties) as Duty[],
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}

export function lockStateOf(row: AccountRecord): LockState {
  return { recentFailures: JSON.parse(row.recentFailures) as string[], lockedUntil: row.lockedUntil };
}

export const countAccounts = (db: Db) => db.select({ n: count() }).from(accounts).get()!.n;
export const accountByLogin = (db: Db, login: string) =>
  db.select().from(accounts).where(eq(accounts.login, login)).get();
export const accountById = (db: Db, id: string) => db.select().from(accounts).where(eq(accounts.id, id)).get();
export const allAccounts = (db: Db) => db.select().from(accounts).orderBy(asc(accounts.createdAt)).all();

export function insertAccount(
  ctx: HandlerContext,
  values: {
    login: string;
    name: string;
    role: Role;
    duties: Duty[];
    passwordHash: string;
    mustChangePassword: boolean;
  },
): AccountRecord {
  return ctx.db
    .insert(accounts)
    .values({
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...values,
      duties: JSON.stringify(values.duties),
    })
    .returning()
    .get();
}

export function updateAccount(
  ctx: HandlerContext,
  id: string,
  values: Partial<
    Pick<
      AccountRecord,
      'name' | 'role' | 'active' | 'passwordHash' | 'mustChangePassword' | 'lastSignInAt' | 'lockedUntil'
    >
  > & { duties?: Duty[]; lock?: LockState },
): AccountRecord {
  const { duties, lock, ...rest } = values;
  return ctx.db
    .update(accounts)
    .set({
      ...rest,
      updatedAt: ctx.now,
      ...(duties ? { duties: JSON.stringify(duties) } : {}),
      ...(lock ? { recentFailures: JSON.stringify(lock.recentFailures), lockedUntil: lock.lockedUntil } : {}),
    })
    .where(eq(accounts.id, id))
    .returning()
    .get()!;
}

export function insertSession(ctx: HandlerContext, accountId: string, token: string) {
  ctx.db
    .insert(sessions)
    .values({
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      accountId,
      tokenHash: tokenHash(token),
      lastSeenAt: ctx.now,
    })
    .run();
}

export function endSession(ctx: HandlerContext, sessionId: string) {
  ctx.db.update(sessions).set({ endedAt: ctx.now, updatedAt: ctx.now }).where(eq(sessions.id, sessionId)).run();
}

/** Ends every open session of an account (disabled, or its password reset). */
export function endSessionsOf(ctx: HandlerContext, accountId: string) {
  ctx.db
    .update(sessions)
    .set({ endedAt: ctx.now, updatedAt: ctx.now })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)))
    .run();
}

export function touchSession(db: Db, sessionId: string, at: string) {
  db.update(sessions).set({ lastSeenAt: at, updatedAt: at }).where(eq(sessions.id, sessionId)).run();
}

export function findSession(db: Db, token: string): SessionRecord | undefined {
  const row = db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.tokenHash, tokenHash(token)))
    .get();
  if (!row) return undefined;
  const { session, account } = row;
  return {
    sessionId: session.id,
    lastSeenAt: session.lastSeenAt,
    ended: session.endedAt !== null,
    account: {
      id: account.id,
      name: account.name,
      role: account.role,
      duties: JSON.parse(account.duties) as Duty[],
      active: account.active,
      mustChangePassword: account.mustChangePassword,
    },
  };
}

export function idleMinutes(db: Db): number {
  return (
    db.select({ minutes: accountPolicy.idleMinutes }).from(accountPolicy).where(eq(accountPolicy.id, 'policy')).get()
      ?.minutes ?? defaultIdleMinutes
  );
}

export function saveIdleMinutes(ctx: HandlerContext, minutes: number) {
  ctx.db
    .insert(accountPolicy)
    .values({ id: 'policy', createdAt: ctx.now, updatedAt: ctx.now, idleMinutes: minutes })
    .onConflictDoUpdate({ target: accountPolicy.id, set: { idleMinutes: minutes, updatedAt: ctx.now } })
    .run();
}
