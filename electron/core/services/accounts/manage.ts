import type { AccountRow } from '../../../../shared/contract/accounts';
import { dutyLabels, roleLabels } from '../../../../shared/contract/infra/roles';
import { accountChangeProblem, normalizeLogin } from '../../../../shared/domain/accounts';
import { AppError } from '../../../../shared/errors';
import type { AreaHandlers } from '../../router';
import { hashPassword, temporaryPassword } from './password-hash';
import {
  accountById,
  accountByLogin,
  allAccounts,
  endSessionsOf,
  idleMinutes,
  insertAccount,
  saveIdleMinutes,
  toAccountRow,
  updateAccount,
} from './store';

type Fresh = { password: string; passwordHash: string };

async function freshTemporaryPassword(): Promise<Fresh> {
  const password = temporaryPassword();
  return { password, passwordHash: await hashPassword(password) };
}

const describe = (row: AccountRow) =>
  `${row.name}（${row.login}，${roleLabels[row.role]}${row.duties.length ? `，${row.duties.map((d) => dutyLabels[d]).join('、')}` : ''}）`;

export const manageHandlers: Pick<
  AreaHandlers<'accounts'>,
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.resetPassword'
  | 'accounts.getPolicy'
  | 'accounts.setPolicy'
> = {
  'accounts.list': (_input, ctx) => allAccounts(ctx.db).map(toAccountRow),

  'accounts.create': {
    prepare: () => freshTemporaryPassword(),
    commit(input, ctx, fresh: Fresh) {
      const login = normalizeLogin(input.login);
      if (accountByLogin(ctx.db, login))
        throw new AppError('CONFLICT', `登录名“${login}”已被使用`, {
          issues: [{ field: 'login', message: '登录名已被使用' }],
        });
      const account = toAccountRow(
        insertAccount(ctx, {
          login,
          name: input.name,
          role: input.role,
          duties: input.duties,
          passwordHash: fresh.passwordHash,
          mustChangePassword: true,
        }),
      );
      ctx.audit({ recordIds: [account.id], summary: `新建账号：${describe(account)}，已设临时密码` });
      return { account, temporaryPassword: fresh.password };
    },
  },

  'accounts.update': (input, ctx) => {
    const before = accountById(ctx.db, input.id);
    if (!before) throw new AppError('NOT_FOUND', '账号不存在');
    const facts = allAccounts(ctx.db).map((a) => ({ id: a.id, role: a.role, active: a.active }));
    const problem = accountChangeProblem(
      facts,
      { targetId: input.id, role: input.role, active: input.active },
      ctx.actor.id,
    );
    if (problem) throw new AppError('CONFLICT', problem);
    const after = toAccountRow(
      updateAccount(ctx, input.id, { name: input.name, role: input.role, duties: input.duties, active: input.active }),
    );
    if (!after.active) endSessionsOf(ctx, after.id);
    ctx.audit({
      recordIds: [after.id],
      summary: `修改账号：${describe(toAccountRow(before))} → ${describe(after)}${after.active ? '' : '，已停用'}`,
    });
    return after;
  },

  'accounts.resetPassword': {
    prepare: () => freshTemporaryPassword(),
    commit(input, ctx, fresh: Fresh) {
      if (!accountById(ctx.db, input.id)) throw new AppError('NOT_FOUND', '账号不存在');
      const account = toAccountRow(
        updateAccount(ctx, input.id, {
          passwordHash: fresh.passwordHash,
          mustChangePassword: true,
          lock: { recentFailures: [], lockedUntil: null },
        }),
      );
      endSessionsOf(ctx, account.id);
      ctx.audit({ recordIds: [account.id], summary: `重置密码：${describe(account)}，已设临时密码并解除锁定` });
      return { account, temporaryPassword: fresh.password };
    },
  },

  'accounts.getPolicy': (_input, ctx) => ({ idleMinutes: idleMinutes(ctx.db) }),
  'accounts.setPolicy': (input, ctx) => {
    saveIdleMinutes(ctx, input.idleMinutes);
    ctx.audit({ recordIds: [], summary: `无操作 ${input.idleMinutes} 分钟后锁屏` });
    return { idleMinutes: input.idleMinutes };
  },
};
