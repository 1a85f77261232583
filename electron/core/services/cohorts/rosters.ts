import { zipSync } from 'fflate';
import { defaultColumns, type RosterTemplate } from '../../../../shared/contract/cohorts/rosters';
import type { Parsed } from '../../../../shared/contract';
import type { HandlerContext } from '../../context';
import { writeRosterPdf } from '../../files/roster-pdf';
import { writeRosterXlsx } from '../../files/roster-xlsx';
import type { AreaHandlers } from '../../router';
import { buildRoster, type RosterDocument } from './roster-data';

type Handlers = Pick<
  AreaHandlers<'cohorts'>,
  'cohorts.exportRoster' | 'cohorts.exportRosterPdf' | 'cohorts.exportSubmission' | 'cohorts.rosterTemplates' | 'cohorts.saveRosterTemplate'
>;

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function roster(ctx: HandlerContext, input: Parsed<'cohorts.exportRoster'>): RosterDocument {
  return buildRoster(ctx, { ...input, columns: input.columns ?? [...defaultColumns[input.kind]] });
}

/** Every export carries whole ID numbers and phones, so each one is logged with who and what. */
function auditExport(ctx: HandlerContext, cohortId: string, doc: RosterDocument, what: string) {
  ctx.audit({ recordIds: [cohortId], summary: `导出${what}：${doc.fileStem}（${doc.rows.length} 人）` });
}

export const rosterHandlers: Handlers = {
  'cohorts.exportRoster': async (input, ctx) => {
    const doc = roster(ctx, input);
    const bytes = await writeRosterXlsx(doc);
    auditExport(ctx, input.cohortId, doc, '花名册 Excel');
    return { fileName: `${doc.fileStem}.xlsx`, mimeType: xlsxMime, base64: bytes.toString('base64') };
  },

  'cohorts.exportRosterPdf': async (input, ctx) => {
    const doc = roster(ctx, input);
    const bytes = await writeRosterPdf(doc, ctx.resourcesFolder);
    auditExport(ctx, input.cohortId, doc, '花名册 PDF');
    return { fileName: `${doc.fileStem}.pdf`, mimeType: 'application/pdf', base64: bytes.toString('base64') };
  },

  /** The roster and, inside, a second .zip of the ID photos named by ID number, as agencies ask. */
  'cohorts.exportSubmission': async (input, ctx) => {
    const doc = roster(ctx, input);
    const photo = ctx.sqlite.prepare('SELECT mime_type AS mimeType, bytes FROM trainee_photos WHERE trainee_id = ?');
    const photos: Record<string, Uint8Array> = {};
    let missingPhotos = 0;
    doc.traineeIds.forEach((traineeId, i) => {
      const row = photo.get(traineeId) as { mimeType: string; bytes: Buffer } | undefined;
      if (!row) missingPhotos += 1;
      else photos[`${doc.idNumbers[i]}.${row.mimeType === 'image/png' ? 'png' : 'jpg'}`] = new Uint8Array(row.bytes);
    });
    const xlsx = await writeRosterXlsx(doc);
    // Photos are already compressed: stored, not deflated again.
    const photoZip = zipSync(photos, { level: 0 });
    const zip = zipSync({ [`${doc.fileStem}.xlsx`]: new Uint8Array(xlsx), [`${doc.fileStem}-一寸照.zip`]: photoZip }, { level: 6 });
    auditExport(ctx, input.cohortId, doc, `报送材料包（含 ${doc.rows.length - missingPhotos} 张一寸照）`);
    return { fileName: `${doc.fileStem}-报送材料.zip`, mimeType: 'application/zip', base64: Buffer.from(zip).toString('base64'), missingPhotos };
  },

  'cohorts.rosterTemplates': (_input, ctx) =>
    (ctx.sqlite
      .prepare('SELECT agency, kind, columns, order_by AS orderBy FROM roster_templates WHERE deleted_at IS NULL ORDER BY agency, kind')
      .all() as (Omit<RosterTemplate, 'columns'> & { columns: string })[]).map((t) => ({ ...t, columns: JSON.parse(t.columns) as RosterTemplate['columns'] })),

  'cohorts.saveRosterTemplate': (input, ctx) => {
    const columns = JSON.stringify([...new Set(input.columns)]);
    ctx.sqlite
      .prepare(
        `INSERT INTO roster_templates (id, created_at, updated_at, agency, kind, columns, order_by) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (agency, kind) DO UPDATE SET columns = excluded.columns, order_by = excluded.order_by, updated_at = excluded.updated_at, deleted_at = NULL`,
      )
      .run(ctx.newId(), ctx.now, ctx.now, input.agency, input.kind, columns, input.orderBy);
    ctx.audit({ recordIds: [], summary: `保存花名册模板：${input.agency}（${input.kind === 'signup' ? '报名' : '成绩'}）` });
    return { agency: input.agency, kind: input.kind, columns: JSON.parse(columns) as RosterTemplate['columns'], orderBy: input.orderBy };
  },
};
