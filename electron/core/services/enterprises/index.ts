import type { EnterpriseRow } from '@shared/contract/enterprises';
import { AppError } from '@shared/errors';
import { containsPattern } from '@shared/domain/like-pattern';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';

const rowSql = `SELECT e.id, e.name, e.credit_code AS creditCode, e.industry, e.district, e.contact_name AS contactName,
  e.contact_phone AS contactPhone,
  (SELECT count(*) FROM trainees t WHERE t.enterprise_id = e.id AND t.deleted_at IS NULL) AS traineeCount
  FROM enterprises e`;

function getRow(ctx: HandlerContext, id: string): EnterpriseRow {
  const row = ctx.sqlite.prepare(`${rowSql} WHERE e.id = ? AND e.deleted_at IS NULL`).get(id) as
    EnterpriseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', '这家企业不存在或已删除');
  return row;
}

/** Names and credit codes are unique among live enterprises; the message names the holder. */
function assertUnique(ctx: HandlerContext, name: string, creditCode: string | null, exceptId: string) {
  const sameName = ctx.sqlite
    .prepare('SELECT id FROM enterprises WHERE name = ? AND deleted_at IS NULL AND id <> ?')
    .get(name, exceptId) as { id: string } | undefined;
  if (sameName) throw new AppError('CONFLICT', `已有同名企业“${name}”`, { existingId: sameName.id });
  if (creditCode === null) return;
  const sameCode = ctx.sqlite
    .prepare('SELECT id, name, deleted_at AS deletedAt FROM enterprises WHERE credit_code = ? AND id <> ?')
    .get(creditCode, exceptId) as { id: string; name: string; deletedAt: string | null } | undefined;
  if (sameCode) {
    const where = sameCode.deletedAt ? '（已删除的企业）' : '';
    throw new AppError('CONFLICT', `统一社会信用代码 ${creditCode} 已属于“${sameCode.name}”${where}`, {
      existingId: sameCode.id,
    });
  }
}

/** Creates an enterprise known only by name (from an import); returns its id. */
export function createEnterpriseByName(ctx: HandlerContext, name: string): string {
  const id = ctx.newId();
  ctx.sqlite
    .prepare('INSERT INTO enterprises (id, created_at, updated_at, name) VALUES (?, ?, ?, ?)')
    .run(id, ctx.now, ctx.now, name);
  return id;
}

export const enterprisesHandlers: AreaHandlers<'enterprises'> = {
  'enterprises.list': ({ search, district, limit }, ctx) => {
    const where = ['e.deleted_at IS NULL'];
    const params: string[] = [];
    if (search.trim() !== '') {
      where.push("(e.name LIKE ? ESCAPE '\\' OR e.credit_code LIKE ? ESCAPE '\\')");
      const like = containsPattern(search.trim());
      params.push(like, like.toUpperCase());
    }
    if (district !== '') {
      where.push('e.district = ?');
      params.push(district);
    }
    const clause = where.join(' AND ');
    const rows = ctx.sqlite
      .prepare(`${rowSql} WHERE ${clause} ORDER BY e.name LIMIT ?`)
      .all(...params, limit) as EnterpriseRow[];
    const { total } = ctx.sqlite
      .prepare(`SELECT count(*) AS total FROM enterprises e WHERE ${clause}`)
      .get(...params) as { total: number };
    return { rows, total };
  },

  'enterprises.options': ({ search, ids }, ctx) => {
    const byId = ids.length
      ? ctx.sqlite
          .prepare(`SELECT id, name, district FROM enterprises WHERE id IN (${ids.map(() => '?').join(',')})`)
          .all(...ids)
      : [];
    const matching = ctx.sqlite
      .prepare(
        "SELECT id, name, district FROM enterprises WHERE deleted_at IS NULL AND name LIKE ? ESCAPE '\\' ORDER BY name LIMIT 50",
      )
      .all(containsPattern(search.trim()));
    const seen = new Set<string>();
    return ([...byId, ...matching] as { id: string; name: string; district: string }[]).filter(
      (o) => !seen.has(o.id) && seen.add(o.id),
    );
  },

  'enterprises.create': (input, ctx) => {
    assertUnique(ctx, input.name, input.creditCode, '');
    const id = ctx.newId();
    ctx.sqlite
      .prepare(
        `INSERT INTO enterprises (id, created_at, updated_at, name, credit_code, industry, district, contact_name, contact_phone)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        ctx.now,
        ctx.now,
        input.name,
        input.creditCode,
        input.industry,
        input.district,
        input.contactName,
        input.contactPhone,
      );
    ctx.audit({ recordIds: [id], summary: `新增企业：${input.name}` });
    return getRow(ctx, id);
  },

  'enterprises.update': ({ id, ...input }, ctx) => {
    const before = getRow(ctx, id);
    assertUnique(ctx, input.name, input.creditCode, id);
    ctx.sqlite
      .prepare(
        `UPDATE enterprises SET updated_at = ?, name = ?, credit_code = ?, industry = ?, district = ?, contact_name = ?, contact_phone = ?
         WHERE id = ?`,
      )
      .run(
        ctx.now,
        input.name,
        input.creditCode,
        input.industry,
        input.district,
        input.contactName,
        input.contactPhone,
        id,
      );
    ctx.audit({
      recordIds: [id],
      summary: `修改企业：${before.name}${before.name === input.name ? '' : ` → ${input.name}`}`,
    });
    return getRow(ctx, id);
  },

  'enterprises.delete': ({ id }, ctx) => {
    const row = getRow(ctx, id);
    if (row.traineeCount > 0) {
      throw new AppError(
        'CONFLICT',
        `“${row.name}”下还有 ${row.traineeCount} 名学员，不能删除；请先把他们调到其他企业，或与重复的企业合并`,
        {
          traineeCount: row.traineeCount,
        },
      );
    }
    ctx.sqlite.prepare('UPDATE enterprises SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
    ctx.audit({ recordIds: [id], summary: `删除企业：${row.name}` });
    return { id };
  },

  'enterprises.merge': ({ keepId, mergeId }, ctx) => {
    const keep = getRow(ctx, keepId);
    const merged = getRow(ctx, mergeId);
    const moved = ctx.sqlite
      .prepare('UPDATE trainees SET enterprise_id = ?, updated_at = ? WHERE enterprise_id = ?')
      .run(keepId, ctx.now, mergeId).changes;
    // The duplicate goes first, so that its credit code may move to the kept record.
    ctx.sqlite
      .prepare('UPDATE enterprises SET deleted_at = ?, updated_at = ?, credit_code = NULL WHERE id = ?')
      .run(ctx.now, ctx.now, mergeId);
    ctx.sqlite
      .prepare(
        `UPDATE enterprises SET updated_at = ?, credit_code = coalesce(credit_code, ?),
           industry = CASE industry WHEN '' THEN ? ELSE industry END, district = CASE district WHEN '' THEN ? ELSE district END,
           contact_name = CASE contact_name WHEN '' THEN ? ELSE contact_name END,
           contact_phone = CASE contact_phone WHEN '' THEN ? ELSE contact_phone END
         WHERE id = ?`,
      )
      .run(
        ctx.now,
        merged.creditCode,
        merged.industry,
        merged.district,
        merged.contactName,
        merged.contactPhone,
        keepId,
      );
    ctx.audit({
      recordIds: [keepId, mergeId],
      summary: `合并企业：“${merged.name}”并入“${keep.name}”，转移学员 ${moved} 名`,
    });
    return { keep: getRow(ctx, keepId), movedTrainees: moved };
  },
};
