import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { CertificateTemplate } from '@shared/contract/certificates';
import { templateFileSchema, templateLayoutSchema, type TemplateFile } from '@shared/domain/certificates/template';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { certificateTemplates } from '../../db/schema';

const defaultIdPrefix = 'default-';

/**
 * The shipped templates (resources/templates) appear with fixed ids until an administrator saves
 * or deletes one; from then on the database row of the same id wins. Nothing is written by reading.
 */
function shippedTemplates(ctx: HandlerContext): CertificateTemplate[] {
  const folder = join(ctx.resourcesFolder, 'templates');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = templateFileSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      return {
        id: `${defaultIdPrefix}${name.replace(/\.json$/, '')}`,
        name: file.name,
        kind: file.layout.kind,
        layout: file.layout,
        updatedAt: '',
      };
    });
}

type TemplateRow = typeof certificateTemplates.$inferSelect;

function toDto(row: TemplateRow): CertificateTemplate {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    layout: templateLayoutSchema.parse(JSON.parse(row.layout)),
    updatedAt: row.updatedAt,
  };
}

export function listTemplates(ctx: HandlerContext): CertificateTemplate[] {
  const rows = ctx.db.select().from(certificateTemplates).all();
  const stored = new Map(rows.map((row) => [row.id, row]));
  const shipped = shippedTemplates(ctx).filter((template) => !stored.has(template.id));
  const live = rows.filter((row) => row.deletedAt === null).map(toDto);
  return [...shipped, ...live].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'zh-CN'));
}

export function findTemplate(ctx: HandlerContext, id: string): CertificateTemplate {
  const template = listTemplates(ctx).find((t) => t.id === id);
  if (!template) throw new AppError('NOT_FOUND', '证书模板不存在或已删除');
  return template;
}

/** A shipped template gets its database row when a certificate first refers to it. */
export function ensureTemplateRow(ctx: HandlerContext, template: CertificateTemplate) {
  ctx.db
    .insert(certificateTemplates)
    .values({
      id: template.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      name: template.name,
      kind: template.kind,
      layout: JSON.stringify(template.layout),
    })
    .onConflictDoNothing()
    .run();
}

export function saveTemplate(
  ctx: HandlerContext,
  input: { id?: string; name: string; layout: CertificateTemplate['layout'] },
): CertificateTemplate {
  const id = input.id ?? ctx.newId();
  if (input.id) findTemplate(ctx, input.id);
  const layout = JSON.stringify(input.layout);
  const existing = ctx.db.select().from(certificateTemplates).where(eq(certificateTemplates.id, id)).get();
  if (existing) {
    ctx.db
      .update(certificateTemplates)
      .set({ name: input.name, kind: input.layout.kind, layout, updatedAt: ctx.now })
      .where(eq(certificateTemplates.id, id))
      .run();
  } else {
    ctx.db
      .insert(certificateTemplates)
      .values({ id, createdAt: ctx.now, updatedAt: ctx.now, name: input.name, kind: input.layout.kind, layout })
      .run();
  }
  ctx.audit({ recordIds: [id], summary: `保存证书模板：${input.name}` });
  return findTemplate(ctx, id);
}

export function deleteTemplate(ctx: HandlerContext, id: string): { id: string } {
  const template = findTemplate(ctx, id);
  const existing = ctx.db.select().from(certificateTemplates).where(eq(certificateTemplates.id, id)).get();
  if (existing) {
    ctx.db
      .update(certificateTemplates)
      .set({ deletedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(certificateTemplates.id, id))
      .run();
  } else {
    // A shipped template is hidden by a deleted row of its id.
    const layout = JSON.stringify(template.layout);
    ctx.db
      .insert(certificateTemplates)
      .values({
        id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        deletedAt: ctx.now,
        name: template.name,
        kind: template.kind,
        layout,
      })
      .run();
  }
  ctx.audit({ recordIds: [id], summary: `删除证书模板：${template.name}（已签发的证书不受影响）` });
  return { id };
}

export function exportTemplate(ctx: HandlerContext, id: string): { fileName: string; text: string } {
  const template = findTemplate(ctx, id);
  const file: TemplateFile = {
    format: 'jiangxun-certificate-template',
    version: 1,
    name: template.name,
    layout: template.layout,
  };
  return {
    fileName: `证书模板-${template.name.replace(/[\\/:*?"<>|]/g, '_')}.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}

export function importTemplate(ctx: HandlerContext, text: string): CertificateTemplate {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', '模板文件不是有效的 JSON，请选择从匠训导出的 .json 模板文件');
  }
  const parsed = templateFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
    throw new AppError('VALIDATION', `模板文件内容有误：${issues[0]!.field} ${issues[0]!.message}`, { issues });
  }
  const taken = new Set(listTemplates(ctx).map((t) => t.name));
  let name = parsed.data.name;
  for (let n = 2; taken.has(name); n++) name = `${parsed.data.name}（${n}）`;
  return saveTemplate(ctx, { name, layout: parsed.data.layout });
}
