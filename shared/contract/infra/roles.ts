/** Staff roles, from most to least trusted. A channel names the least role that may call it. */
export const roles = ['admin', 'clerk', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: '管理员',
  clerk: '业务员',
  viewer: '只读',
};

export function roleAllows(actorRole: Role, required: Role): boolean {
  return roles.indexOf(actorRole) <= roles.indexOf(required);
}

/**
 * Finer grants given to a clerk's account beside the role, for the checks that money and grades
 * need (a channel names one with `duty`). An administrator holds every duty.
 */
export const duties = ['approvePromotions', 'confirmPayments', 'adjustStock'] as const;
export type Duty = (typeof duties)[number];

export const dutyLabels: Record<Duty, string> = {
  approvePromotions: '审批技能晋升',
  confirmPayments: '确认补助与津贴发放',
  adjustStock: '调整证书空白库存',
};

export function holdsDuty(actor: Pick<Actor, 'role' | 'duties'>, duty: Duty): boolean {
  return actor.role === 'admin' || (actor.duties ?? []).includes(duty);
}

/** Who is calling: every audit row and every role check uses this. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** Grants beside the role (see `duties`). */
  duties?: readonly Duty[];
}

/**
 * The app's own work (the daily backup, start-up reads) and the core called in process (tests, demo
 * data): never a person a transport names. Behind the window every call is a signed-in person's.
 */
export const builtInAdministrator: Actor = {
  id: '00000000-0000-7000-8000-000000000001',
  name: '系统管理员',
  role: 'admin',
};
