import { randomBytes } from 'node:crypto';
import type { SessionInfo, SignInOutcome, UnlockOutcome } from '../../../../shared/contract/accounts';
import type { Actor } from '../../../../shared/contract/infra/roles';
import {
  afterFailedSignIn,
  isLocked,
  minutesUntil,
  normalizeLogin,
  passwordProblem,
  triesLeft,
} from '../../../../shared/domain/accounts';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { hashPassword, unknownLoginHash, verifyPassword } from './password-hash';
import {
  accountById,
  accountByLogin,
  countAccounts,
  endSession,
  idleMinutes,
  insertAccount,
  insertSession,
  lockStateOf,
  toAccountRow,
  touchSession,
  updateAccount,
} from './store';

type AccountRecord = NonNullable<ReturnType<typeof accountById>>;

export function sessionInfo(ctx: HandlerContext, account: AccountRecord): SessionInfo {
  const { id, login, name, role, duties, mustChangePassword } = toAccountRow(account);
  return { account: { id, login, name, role, duties, mustChangePassword }, idleMinutes: idleMinutes(ctx.db) };
}

const lockedSince = new Date(0).toISOString();

const actorOf = (account: AccountRecord): Actor => ({ id: account.id, name: account.name, role: account.role });

function openSession(ctx: HandlerContext, account: AccountRecord): SignInOutcome {
  const token = randomBytes(32).toString('base64url');
  insertSession(ctx, account.id, token);
  const signedIn = updateAccount(ctx, account.id, {
    lastSignInAt: ctx.now,
    lock: { recentFailures: [], lockedUntil: null },
  });
  return { signedIn: true, token, session: sessionInfo(ctx, signedIn) };
}

/**
 * A wrong password: counted on the account (kept across restarts), the fifth in five minutes
 * locks it. Returned as an outcome rather than thrown, because the failure must be committed.
 */
function refuse(ctx: HandlerContext, account: AccountRecord, what: string): string {
  const lock = afterFailedSignIn(lockStateOf(account), ctx.now);
  updateAccount(ctx, account.id, { lock });
  ctx.audit({
    recordIds: [account.id],
    summary: `${what}失败：密码错误${lock.lockedUntil ? '，账号已锁定 15 分钟' : ''}`,
    actor: actorOf(account),
  });
  if (lock.lockedUntil)
    return `密码错误次数过多，账号已锁定，请 ${minutesUntil(lock.lockedUntil, ctx.now)} 分钟后再试，或请管理员重置密码`;
  const left = triesLeft(lock);
  return `登录名或密码不正确${left <= 2 ? `（再错 ${left} 次将锁定 15 分钟）` : ''}`;
}

export const signInHandlers: Pick<
  AreaHandlers<'accounts'>,
  | 'accounts.status'
  | 'accounts.setUp'
  | 'accounts.signIn'
  | 'accounts.session'
  | 'accounts.unlock'
  | 'accounts.lock'
  | 'accounts.signOut'
  | 'accounts.changePassword'
> = {
  'accounts.status': (_input, ctx) => ({ hasAccounts: countAccounts(ctx.db) > 0 }),

  'accounts.setUp': {
    async prepare(input) {
      const login = normalizeLogin(input.login);
      const problem = passwordProblem(input.password, { login });
      if (problem) throw new AppError('VALIDATION', problem, { issues: [{ field: 'password', message: problem }] });
      return hashPassword(input.password);
    },
    commit(input, ctx, passwordHash: string) {
      if (countAccounts(ctx.db) > 0) throw new AppError('CONFLICT', '本库已有管理员：请用已有账号登录');
      const account = insertAccount(ctx, {
        login: normalizeLogin(input.login),
        name: input.name,
        role: 'admin',
        duties: [],
        passwordHash,
        mustChangePassword: false,
      });
      ctx.audit({
        recordIds: [account.id],
        summary: `创建第一位管理员：${account.name}（${account.login}）`,
        actor: actorOf(account),
      });
      return openSession(ctx, account);
    },
  },

  'accounts.signIn': {
    async prepare(input, ctx) {
      const account = accountByLogin(ctx.db, normalizeLogin(input.login));
      const passwordOk = await verifyPassword(input.password, account?.passwordHash ?? (await unknownLoginHash()));
      return { accountId: account?.id ?? null, passwordOk };
    },
    commit(input, ctx, verified: { accountId: string | null; passwordOk: boolean }): SignInOutcome {
      const account = verified.accountId ? accountById(ctx.db, verified.accountId) : undefined;
      if (!account) {
        ctx.audit({
          recordIds: [],
          summary: `登录失败：没有登录名“${normalizeLogin(input.login)}”`,
          actor: { id: '', name: '（未知）', role: 'viewer' },
        });
        return { signedIn: false, message: '登录名或密码不正确' };
      }
      if (!account.active) {
        ctx.audit({ recordIds: [account.id], summary: '登录被拒：账号已停用', actor: actorOf(account) });
        return { signedIn: false, message: '账号已停用，请联系管理员' };
      }
      const lock = lockStateOf(account);
      if (isLocked(lock, ctx.now)) {
        ctx.audit({ recordIds: [account.id], summary: '登录被拒：账号锁定中', actor: actorOf(account) });
        return {
          signedIn: false,
          message: `密码错误次数过多，账号已锁定，请 ${minutesUntil(lock.lockedUntil!, ctx.now)} 分钟后再试，或请管理员重置密码`,
        };
      }
      if (!verified.passwordOk) return { signedIn: false, message: refuse(ctx, account, '登录') };
      ctx.audit({
        recordIds: [account.id],
        summary: `登录：${account.name}（${account.login}）`,
        actor: actorOf(account),
      });
      return openSession(ctx, account);
    },
  },

  'accounts.session': (_input, ctx) => {
    const account = accountById(ctx.db, ctx.actor.id);
    if (!account) throw new AppError('SIGNED_OUT');
    if (ctx.session?.locked) throw new AppError('SESSION_LOCKED');
    return sessionInfo(ctx, account);
  },

  'accounts.unlock': {
    async prepare(input, ctx) {
      const account = accountById(ctx.db, ctx.actor.id);
      return account ? verifyPassword(input.password, account.passwordHash) : false;
    },
    commit(_input, ctx, passwordOk: boolean): UnlockOutcome {
      const account = accountById(ctx.db, ctx.actor.id);
      if (!account || !ctx.session) throw new AppError('SIGNED_OUT');
      if (isLocked(lockStateOf(account), ctx.now))
        return { unlocked: false, message: '密码错误次数过多，账号已锁定，请稍后再试或请管理员重置密码' };
      if (!passwordOk) {
        const message = refuse(ctx, account, '解锁');
        if (isLocked(lockStateOf(accountById(ctx.db, account.id)!), ctx.now)) endSession(ctx, ctx.session.id);
        return { unlocked: false, message };
      }
      touchSession(ctx.db, ctx.session.id, ctx.now);
      ctx.audit({ recordIds: [account.id], summary: '解锁屏幕' });
      return { unlocked: true, session: sessionInfo(ctx, account) };
    },
  },

  'accounts.lock': (_input, ctx) => {
    if (!ctx.session) throw new AppError('SIGNED_OUT');
    // Locked means unused for longer than the idle time: the epoch is that, for any policy.
    if (!ctx.session.locked) touchSession(ctx.db, ctx.session.id, lockedSince);
    ctx.audit({ recordIds: [ctx.actor.id], summary: '锁屏' });
    return null;
  },

  'accounts.signOut': (_input, ctx) => {
    if (ctx.session) endSession(ctx, ctx.session.id);
    ctx.audit({ recordIds: [ctx.actor.id], summary: '退出登录' });
    return null;
  },

  'accounts.changePassword': {
    async prepare(input, ctx) {
      const account = accountById(ctx.db, ctx.actor.id);
      if (!account) throw new AppError('SIGNED_OUT');
      if (ctx.session?.locked) throw new AppError('SESSION_LOCKED');
      if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
        throw new AppError('VALIDATION', '当前密码不正确', {
          issues: [{ field: 'currentPassword', message: '当前密码不正确' }],
        });
      }
      const problem =
        passwordProblem(input.newPassword, account) ??
        (input.newPassword === input.currentPassword ? '新密码不能与当前密码相同' : null);
      if (problem) throw new AppError('VALIDATION', problem, { issues: [{ field: 'newPassword', message: problem }] });
      return hashPassword(input.newPassword);
    },
    commit(_input, ctx, passwordHash: string) {
      const account = updateAccount(ctx, ctx.actor.id, { passwordHash, mustChangePassword: false });
      ctx.audit({ recordIds: [account.id], summary: '修改本人密码' });
      return sessionInfo(ctx, account);
    },
  },
};
