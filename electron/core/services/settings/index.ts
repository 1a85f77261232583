import { isNull } from 'drizzle-orm';
import type { BaseProfile } from '@shared/contract/settings';
import type { HandlerContext } from '../../context';
import { baseProfile } from '../../db/schema';
import type { AreaHandlers } from '../../router';

const emptyProfile: BaseProfile = {
  name: '',
  orgCode: '',
  address: '',
  certificateIssuer: '',
  contactPhone: '',
  updatedAt: null,
};

function currentRow(ctx: HandlerContext) {
  return ctx.db.select().from(baseProfile).where(isNull(baseProfile.deletedAt)).get();
}

function toDto(row: typeof baseProfile.$inferSelect | undefined): BaseProfile {
  if (!row) return emptyProfile;
  const { name, orgCode, address, certificateIssuer, contactPhone, updatedAt } = row;
  return { name, orgCode, address, certificateIssuer, contactPhone, updatedAt };
}

/** The base's profile as the contract gives it (empty fields before it is filled in). */
export function readBaseProfile(ctx: HandlerContext): BaseProfile {
  return toDto(currentRow(ctx));
}

const fieldLabels: Record<keyof Omit<BaseProfile, 'updatedAt'>, string> = {
  name: '基地名称',
  orgCode: '统一社会信用代码',
  address: '地址',
  certificateIssuer: '发证机构',
  contactPhone: '联系电话',
};

export const settingsHandlers: AreaHandlers<'settings'> = {
  'settings.getBaseProfile': (_input, ctx) => readBaseProfile(ctx),

  'settings.updateBaseProfile': (input, ctx) => {
    const existing = currentRow(ctx);
    const before = toDto(existing);
    const changed = (Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]).filter(
      (key) => before[key] !== input[key],
    );
    if (existing) {
      ctx.db
        .update(baseProfile)
        .set({ ...input, updatedAt: ctx.now })
        .where(isNull(baseProfile.deletedAt))
        .run();
    } else {
      ctx.db
        .insert(baseProfile)
        .values({ id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now, ...input })
        .run();
    }
    const row = currentRow(ctx)!;
    const summary =
      changed.length === 0
        ? '保存基地信息（无改动）'
        : `修改基地信息：${changed.map((k) => fieldLabels[k]).join('、')}`;
    ctx.audit({ recordIds: [row.id], summary });
    return toDto(row);
  },
};
