import { z } from 'zod';
import { passwordRules } from '../../domain/accounts/passwords';
import { mutation, query } from '../infra/define';
import { duties, roles, type Duty, type Role } from '../infra/roles';

/** A staff account as the administrator's list shows it (never its password hash). */
export interface AccountRow {
  id: string;
  login: string;
  name: string;
  role: Role;
  duties: Duty[];
  active: boolean;
  /** The account still has a temporary password: the next sign-in must change it. */
  mustChangePassword: boolean;
  /** Locked by wrong passwords until this instant; null when not locked. */
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
}

/** The signed-in person, as the window shows them. */
export interface SessionInfo {
  account: { id: string; login: string; name: string; role: Role; duties: Duty[]; mustChangePassword: boolean };
  /** Minutes without use after which the screen locks (设置 → 账号与权限). */
  idleMinutes: number;
}

/** A sign-in: the session's token (kept by the window only, sent with every call) and who it is. */
export type SignInOutcome =
  { signedIn: true; token: string; session: SessionInfo } | { signedIn: false; message: string };

export type UnlockOutcome = { unlocked: true; session: SessionInfo } | { unlocked: false; message: string };

const login = z
  .string()
  .trim()
  .min(2, '登录名至少 2 个字符')
  .max(32, '登录名不能超过 32 个字符')
  .regex(/^[A-Za-z0-9._-]+$/, '登录名只能用字母、数字、点、下划线或连字符');
const personName = z.string().trim().min(1, '请填写姓名').max(40, '姓名不能超过 40 个字');
/** Checked against the password rules by the service, which knows the login; here only its size. */
const password = z
  .string()
  .min(1, '请填写密码')
  .max(passwordRules.maxLength, `密码不能超过 ${passwordRules.maxLength} 位`);
const id = z.string().min(1, '缺少账号编号').max(64);
const role = z.enum(roles, { message: '请选择角色' });
const dutyList = z.array(z.enum(duties)).max(duties.length);

export const accountsContract = {
  /** Whether the database has any account yet: a new one asks for its first administrator. */
  'accounts.status': query({ input: z.object({}).strict(), role: 'public', title: '查看登录状态' }).returns<{
    hasAccounts: boolean;
  }>(),
  'accounts.setUp': mutation({
    input: z.object({ name: personName, login, password }).strict(),
    role: 'public',
    title: '创建第一位管理员',
  }).returns<SignInOutcome>(),
  'accounts.signIn': mutation({
    input: z
      .object({ login: z.string().trim().min(1, '请填写登录名').max(32, '登录名不能超过 32 个字符'), password })
      .strict(),
    role: 'public',
    title: '登录',
  }).returns<SignInOutcome>(),
  /** Who is signed in; the window also calls it while the user works, which keeps the session from locking. */
  'accounts.session': query({
    input: z.object({}).strict(),
    role: 'signedIn',
    title: '查看当前账号',
  }).returns<SessionInfo>(),
  'accounts.unlock': mutation({
    input: z.object({ password }).strict(),
    role: 'signedIn',
    title: '解锁',
  }).returns<UnlockOutcome>(),
  /**
   * Locks the screen now (the window's idle timer, or 锁屏): the session stays, but no call but
   * unlocking (the password) is served until then, whatever other windows' refreshes do meanwhile.
   */
  'accounts.lock': mutation({ input: z.object({}).strict(), role: 'signedIn', title: '锁屏' }).returns<null>(),
  'accounts.signOut': mutation({ input: z.object({}).strict(), role: 'signedIn', title: '退出登录' }).returns<null>(),
  'accounts.changePassword': mutation({
    input: z.object({ currentPassword: password, newPassword: password }).strict(),
    role: 'signedIn',
    title: '修改密码',
  }).returns<SessionInfo>(),

  'accounts.list': query({ input: z.object({}).strict(), role: 'admin', title: '查看账号' }).returns<AccountRow[]>(),
  /** A new account with a temporary password, shown once to the administrator; the first sign-in must change it. */
  'accounts.create': mutation({
    input: z.object({ login, name: personName, role, duties: dutyList.default([]) }).strict(),
    role: 'admin',
    title: '新建账号',
  }).returns<{ account: AccountRow; temporaryPassword: string }>(),
  'accounts.update': mutation({
    input: z.object({ id, name: personName, role, duties: dutyList, active: z.boolean() }).strict(),
    role: 'admin',
    title: '修改账号',
  }).returns<AccountRow>(),
  /** A new temporary password (also lifts a lockout); the person's open sessions end. */
  'accounts.resetPassword': mutation({ input: z.object({ id }).strict(), role: 'admin', title: '重置密码' }).returns<{
    account: AccountRow;
    temporaryPassword: string;
  }>(),
  'accounts.getPolicy': query({ input: z.object({}).strict(), role: 'admin', title: '查看锁屏设置' }).returns<{
    idleMinutes: number;
  }>(),
  'accounts.setPolicy': mutation({
    input: z
      .object({
        idleMinutes: z.number().int('请填整数分钟').min(1, '锁屏时间至少 1 分钟').max(240, '锁屏时间不能超过 240 分钟'),
      })
      .strict(),
    role: 'admin',
    title: '修改锁屏时间',
  }).returns<{ idleMinutes: number }>(),
};
