import { afterEach, describe, expect, it, vi } from 'vitest';

// Every sign-in is a real scrypt at N = 2^17 (~0.3 s, more on a loaded machine).
vi.setConfig({ testTimeout: 60_000 });
import type { Channel, Input } from '../../../../shared/contract';
import type { SignInOutcome } from '../../../../shared/contract/accounts';
import type { Result } from '../../../../shared/errors';
import { createCore, type Core } from '../../create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../../db/repo-migrations';
import { createTestCore, type TestCore } from '../../testing';

let now = new Date('2026-12-02T08:00:00Z');
const clock = { now: () => now };
let core: TestCore;
afterEach(() => core?.dispose());

const as = <C extends Channel>(target: Core, session: string, channel: C, input: Input<C>) =>
  target.dispatch(channel, input, undefined, { session });
const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};
const signIn = async (target: Core, login: string, password: string) =>
  value<SignInOutcome>(await target.dispatch('accounts.signIn', { login, password }, undefined, {}));
const tokenOf = (outcome: SignInOutcome) => {
  if (!outcome.signedIn) throw new Error(outcome.message);
  return outcome.token;
};

async function withAdministrator() {
  core = createTestCore({ clock });
  const admin = tokenOf(
    value<SignInOutcome>(
      await core.dispatch('accounts.setUp', { name: '林主任', login: 'Lin', password: 'Jiangxun2026' }, undefined, {}),
    ),
  );
  return admin;
}

async function withClerk(admin: string, role: 'clerk' | 'viewer' = 'clerk') {
  const created = value<{ temporaryPassword: string; account: { id: string } }>(
    await as(core, admin, 'accounts.create', { login: 'wang', name: '王业务', role }),
  );
  const first = tokenOf(await signIn(core, 'wang', created.temporaryPassword));
  const refused = await as(core, first, 'trainees.count', { filter: {} });
  expect(!refused.ok && refused.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  value(
    await as(core, first, 'accounts.changePassword', {
      currentPassword: created.temporaryPassword,
      newPassword: 'Shenhe2027x',
    }),
  );
  return { token: first, id: created.account.id };
}

describe('sign-in', () => {
  it('creates the first administrator once, and signs in by login in any case', async () => {
    const admin = await withAdministrator();
    expect(value<{ hasAccounts: boolean }>(await core.dispatch('accounts.status', {}, undefined, {}))).toEqual({
      hasAccounts: true,
    });
    const again = await core.dispatch(
      'accounts.setUp',
      { name: '别人', login: 'other', password: 'Jiangxun2026' },
      undefined,
      {},
    );
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect((await signIn(core, ' LIN ', 'Jiangxun2026')).signedIn).toBe(true);
    const me = value<{ account: { name: string; role: string } }>(await as(core, admin, 'accounts.session', {}));
    expect(me.account).toMatchObject({ name: '林主任', role: 'admin' });
  });

  it('refuses a wrong password, and locks after five in five minutes, across a restart, until 15 minutes pass', async () => {
    await withAdministrator();
    const wrong = await signIn(core, 'lin', 'wrong-password1');
    expect(wrong).toEqual({ signedIn: false, message: '登录名或密码不正确' });
    for (let i = 0; i < 4; i++) await signIn(core, 'lin', 'wrong-password1');
    const locked = await signIn(core, 'lin', 'Jiangxun2026');
    expect(!locked.signedIn && locked.message).toContain('已锁定');

    core.close();
    const reopened = createCore({
      databasePath: core.databasePath,
      migrationsFolder: repoMigrationsFolder,
      resourcesFolder: repoResourcesFolder,
      appVersion: 'test',
      clock,
      logger: { info() {}, error() {} },
    });
    core = { ...core, ...reopened, dispose: () => reopened.close() } as TestCore;
    now = new Date(now.getTime() + 14 * 60_000);
    expect((await signIn(reopened, 'lin', 'Jiangxun2026')).signedIn).toBe(false);
    now = new Date(now.getTime() + 2 * 60_000);
    expect((await signIn(reopened, 'lin', 'Jiangxun2026')).signedIn).toBe(true);
    const audit = value<{ entries: { summary: string }[] }>(await reopened.dispatch('system.listAudit', { limit: 20 }));
    expect(audit.entries.map((e) => e.summary)).toContain('登录失败：密码错误，账号已锁定 15 分钟');
  });

  it('locks an idle session until the password is given again', async () => {
    const admin = await withAdministrator();
    now = new Date(now.getTime() + 16 * 60_000);
    const locked = await as(core, admin, 'trainees.count', { filter: {} });
    expect(!locked.ok && locked.error.code).toBe('SESSION_LOCKED');
    expect((await as(core, admin, 'accounts.session', {})).ok).toBe(false);
    expect(
      value<{ unlocked: boolean }>(await as(core, admin, 'accounts.unlock', { password: 'Jiangxun2026' })).unlocked,
    ).toBe(true);
    expect((await as(core, admin, 'trainees.count', { filter: {} })).ok).toBe(true);
    value(await as(core, admin, 'accounts.signOut', {}));
    const out = await as(core, admin, 'trainees.count', { filter: {} });
    expect(!out.ok && out.error.code).toBe('SIGNED_OUT');
  });

  it('locks the screen at once when the window says so, and calls made meanwhile do not unlock it', async () => {
    const admin = await withAdministrator();
    value(await as(core, admin, 'accounts.lock', {}));
    now = new Date(now.getTime() + 60_000);
    const refreshed = await as(core, admin, 'trainees.count', { filter: {} });
    expect(!refreshed.ok && refreshed.error.code).toBe('SESSION_LOCKED');
    const wrong = value<{ unlocked: boolean }>(await as(core, admin, 'accounts.unlock', { password: 'Wrong2026x' }));
    expect(wrong.unlocked).toBe(false);
    expect((await as(core, admin, 'trainees.count', { filter: {} })).ok).toBe(false);
    value(await as(core, admin, 'accounts.unlock', { password: 'Jiangxun2026' }));
    expect((await as(core, admin, 'trainees.count', { filter: {} })).ok).toBe(true);
  });
});

describe('roles and administrators', () => {
  it('refuses a clerk an administrator channel', async () => {
    const admin = await withAdministrator();
    const clerk = await withClerk(admin);
    const refused = await as(core, clerk.token, 'accounts.list', {});
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    expect((await as(core, clerk.token, 'trainees.count', { filter: {} })).ok).toBe(true);
  });

  it('keeps the last administrator and refuses an administrator disabling themselves', async () => {
    const admin = await withAdministrator();
    const me = value<{ account: { id: string } }>(await as(core, admin, 'accounts.session', {})).account.id;
    const demote = await as(core, admin, 'accounts.update', {
      id: me,
      name: '林主任',
      role: 'clerk',
      duties: [],
      active: true,
    });
    expect(!demote.ok && demote.error.message).toContain('不能取消自己的管理员身份');
    const clerk = await withClerk(admin);
    value(
      await as(core, admin, 'accounts.update', {
        id: clerk.id,
        name: '王业务',
        role: 'admin',
        duties: [],
        active: true,
      }),
    );
    value(
      await as(core, clerk.token, 'accounts.update', {
        id: me,
        name: '林主任',
        role: 'admin',
        duties: [],
        active: false,
      }),
    );
    expect((await signIn(core, 'lin', 'Jiangxun2026')).signedIn).toBe(false);
    const last = await as(core, clerk.token, 'accounts.update', {
      id: clerk.id,
      name: '王业务',
      role: 'admin',
      duties: [],
      active: false,
    });
    expect(!last.ok && last.error.message).toContain('不能停用自己的账号');
  });

  it("writes the session's person into the audit, whatever actor the input claims", async () => {
    const admin = await withAdministrator();
    const clerk = await withClerk(admin);
    const forged = await as(core, clerk.token, 'settings.updateBaseProfile', {
      name: '基地',
      orgCode: '',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
      actor: { id: 'x', name: '林主任', role: 'admin' },
    } as never);
    expect(!forged.ok && forged.error.code).toBe('FORBIDDEN');
    const audit = value<{ entries: { actorName: string; channel: string }[] }>(
      await as(core, admin, 'system.listAudit', { limit: 50 }),
    );
    expect(audit.entries.filter((e) => e.channel === 'accounts.changePassword').map((e) => e.actorName)).toEqual([
      '王业务',
    ]);
  });
});
