import { isNull } from 'drizzle-orm';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { jobTypes } from '../../db/schema';
import type { AreaHandlers } from '../../router';
import { findJobType, jobTypeDetail, listActiveJobTypes, listJobTypes } from './catalog';
import { readCatalog, writeCatalog } from './workbook';
import { setRetired, writeJobType } from './write';

function codes(ctx: HandlerContext): Map<string, string> {
  const rows = ctx.db
    .select({ id: jobTypes.id, code: jobTypes.code })
    .from(jobTypes)
    .where(isNull(jobTypes.deletedAt))
    .all();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export const jobTypesHandlers: AreaHandlers<'jobTypes'> = {
  'jobTypes.list': (input, ctx) => listJobTypes(ctx, input.includeRetired),
  'jobTypes.listActive': (_input, ctx) => listActiveJobTypes(ctx),
  'jobTypes.get': (input, ctx) => jobTypeDetail(ctx, input.id),

  'jobTypes.save': (input, ctx) => {
    const { id, summary } = writeJobType(ctx, input);
    ctx.audit({ recordIds: [id], summary });
    return jobTypeDetail(ctx, id);
  },

  'jobTypes.retire': (input, ctx) => {
    const row = findJobType(ctx, input.id);
    setRetired(ctx, row.id, true);
    ctx.audit({ recordIds: [row.id], summary: `停用工种 ${row.code} ${row.name}（历史记录保留，新开班不再可选）` });
    return jobTypeDetail(ctx, row.id);
  },

  'jobTypes.restore': (input, ctx) => {
    const row = findJobType(ctx, input.id);
    setRetired(ctx, row.id, false);
    ctx.audit({ recordIds: [row.id], summary: `恢复工种 ${row.code} ${row.name}` });
    return jobTypeDetail(ctx, row.id);
  },

  'jobTypes.exportXlsx': async (_input, ctx) => {
    const details = listJobTypes(ctx, true).map((j) => jobTypeDetail(ctx, j.id));
    const bytes = await writeCatalog(details);
    return { fileName: `工种目录_${ctx.today}.xlsx`, base64: bytes.toString('base64') };
  },

  'jobTypes.previewImport': (input, ctx) =>
    readCatalog(Buffer.from(input.base64, 'base64'), new Set(codes(ctx).keys())),

  'jobTypes.applyImport': (input, ctx) => {
    const before = codes(ctx);
    const fresh = input.rows.filter((row) => !before.has(row.code));
    // New job types first, so that rows may name each other as related occupations.
    for (const { relatedCodes: _codes, ...fields } of fresh)
      writeJobType(ctx, { ...fields, relatedIds: [], ruleOverrides: {} });
    const known = codes(ctx);
    for (const { relatedCodes, ...fields } of input.rows) {
      const id = known.get(fields.code)!;
      const missing = relatedCodes.filter((code) => !known.has(code));
      if (missing.length > 0)
        throw new AppError('VALIDATION', `工种 ${fields.code} 的相关职业编码 ${missing.join('、')} 不在目录中`);
      const ruleOverrides = before.has(fields.code) ? jobTypeDetail(ctx, id).ruleOverrides : {};
      writeJobType(ctx, { ...fields, id, relatedIds: relatedCodes.map((code) => known.get(code)!), ruleOverrides });
    }
    const created = fresh.length;
    const updated = input.rows.length - created;
    ctx.audit({ recordIds: [], summary: `导入工种目录：新增 ${created} 个，更新 ${updated} 个` });
    return { created, updated };
  },
};
