import type { Role } from '../../contract/infra/roles';

export interface AccountFacts {
  id: string;
  role: Role;
  active: boolean;
}

export interface AccountChange {
  targetId: string;
  /** The role after the change (unchanged when only the state changes). */
  role: Role;
  active: boolean;
}

/**
 * Why a change to an account is refused, or null. The base must always keep one active
 * administrator (nobody could add staff or restore a backup without one), and an administrator
 * cannot disable or demote their own account: another administrator has to do it, so nobody
 * locks themselves out by a slip of the mouse.
 */
export function accountChangeProblem(
  accounts: readonly AccountFacts[],
  change: AccountChange,
  actorId: string,
): string | null {
  const target = accounts.find((a) => a.id === change.targetId);
  if (!target) return '账号不存在';
  if (change.targetId === actorId) {
    if (!change.active) return '不能停用自己的账号，请由另一位管理员操作';
    if (target.role === 'admin' && change.role !== 'admin') return '不能取消自己的管理员身份，请由另一位管理员操作';
  }
  const adminsAfter = accounts.filter((a) =>
    a.id === change.targetId ? change.active && change.role === 'admin' : a.active && a.role === 'admin',
  );
  if (adminsAfter.length === 0) return '这是最后一位在用的管理员，不能停用或改为其他角色：请先为另一位同事设为管理员';
  return null;
}
