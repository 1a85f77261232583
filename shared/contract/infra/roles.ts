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

/** Who is calling: every audit row and every role check uses this. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/** Until staff accounts exist, every call is made as this administrator. */
export const builtInAdministrator: Actor = { id: '00000000-0000-7000-8000-000000000001', name: '系统管理员', role: 'admin' };
