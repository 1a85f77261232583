import { describe, expect, it } from 'vitest';
import {
  accountChangeProblem,
  afterFailedSignIn,
  isLocked,
  lockoutPolicy,
  minutesUntil,
  normalizeLogin,
  passwordProblem,
  triesLeft,
  type AccountFacts,
  type LockState,
} from '.';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 11, 2, 8, minute, second)).toISOString();
const fresh: LockState = { recentFailures: [], lockedUntil: null };

describe('lockout', () => {
  it('locks after the fifth wrong password within five minutes, for fifteen minutes', () => {
    let state = fresh;
    for (const minute of [0, 1, 2, 3]) state = afterFailedSignIn(state, at(minute));
    expect(state.lockedUntil).toBeNull();
    expect(triesLeft(state)).toBe(1);
    state = afterFailedSignIn(state, at(4, 59));
    expect(state.lockedUntil).toBe(at(19, 59));
    expect(isLocked(state, at(19, 58))).toBe(true);
    expect(isLocked(state, at(19, 59))).toBe(false);
    expect(minutesUntil(state.lockedUntil!, at(5))).toBe(15);
  });

  it('forgets failures older than the window: five slow mistakes do not lock', () => {
    let state = fresh;
    for (const minute of [0, 2, 4, 6, 8, 10]) state = afterFailedSignIn(state, at(minute));
    expect(state.lockedUntil).toBeNull();
    expect(state.recentFailures).toEqual([at(6), at(8), at(10)]);
    expect(lockoutPolicy.maxFailures).toBe(5);
  });
});

describe('passwords', () => {
  it('asks for 8 characters with letters and digits, not containing the login', () => {
    expect(passwordProblem('abc123', { login: 'li' })).toBe('密码至少 8 位');
    expect(passwordProblem('abcdefgh', { login: 'li' })).toBe('密码须同时含有字母和数字');
    expect(passwordProblem('12345678', { login: 'li' })).toBe('密码须同时含有字母和数字');
    expect(passwordProblem('Zhangwei2026', { login: 'zhangwei' })).toBe('密码不能包含登录名');
    expect(passwordProblem('Jiangxun2026', { login: 'zhangwei' })).toBeNull();
    expect(passwordProblem(`a1${'x'.repeat(127)}`, { login: 'li' })).toBe('密码不能超过 128 位');
  });

  it('compares logins without case or surrounding spaces', () => {
    expect(normalizeLogin('  Zhang.Wei ')).toBe('zhang.wei');
  });
});

describe('administrators', () => {
  const accounts: AccountFacts[] = [
    { id: 'a1', role: 'admin', active: true },
    { id: 'a2', role: 'admin', active: false },
    { id: 'c1', role: 'clerk', active: true },
  ];

  it('keeps the last active administrator', () => {
    expect(accountChangeProblem(accounts, { targetId: 'a1', role: 'clerk', active: true }, 'x')).toContain('最后一位');
    expect(accountChangeProblem(accounts, { targetId: 'a1', role: 'admin', active: false }, 'x')).toContain('最后一位');
    expect(accountChangeProblem(accounts, { targetId: 'c1', role: 'admin', active: true }, 'a1')).toBeNull();
    const two = [...accounts, { id: 'a3', role: 'admin' as const, active: true }];
    expect(accountChangeProblem(two, { targetId: 'a3', role: 'clerk', active: true }, 'a1')).toBeNull();
  });

  it('refuses an administrator disabling or demoting their own account', () => {
    const two = [...accounts, { id: 'a3', role: 'admin' as const, active: true }];
    expect(accountChangeProblem(two, { targetId: 'a1', role: 'admin', active: false }, 'a1')).toContain(
      '不能停用自己的账号',
    );
    expect(accountChangeProblem(two, { targetId: 'a1', role: 'viewer', active: true }, 'a1')).toContain(
      '不能取消自己的管理员身份',
    );
    expect(accountChangeProblem(two, { targetId: 'a1', role: 'admin', active: true }, 'a1')).toBeNull();
  });
});
