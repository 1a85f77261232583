import { zipSync } from 'fflate';
import { defaultColumns, type RosterTemplate } from '@shared/contract/cohorts/rosters';
import type { Parsed } from '@shared/contract';
import { safeFileName } from '@shared/domain/file-names';
import type { HandlerContext } from '../../context';
import { writeRosterPdf } from '../../files/roster-pdf';
import { writeRosterXlsx } from '../../files/roster-xlsx';
import type { AreaHandlers } from '../../router';
import { buildRoster, type RosterDocument } from './roster-data';

type Handlers = Pick<
  AreaHandlers<'cohorts'>,
  | 'cohorts.exportRoster'
  | 'cohorts.exportRosterPdf'
  | 'cohorts.exportSubmission'
  | 'cohorts.rosterTemplates'
  | 'cohorts.saveRosterTemplate'
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
    return { fileName: safeFileName(`${doc.fileStem}.xlsx`), mimeType: xlsxMime, base64: bytes.toString('base64') };
  },

  'cohorts.exportRosterPdf': async (input, ctx) => {
    const doc = roster(ctx, input);
    const bytes = await writeRosterPdf(doc, ctx.resourcesFolder);
    auditExport(ctx, input.cohortId, doc, '花名册 PDF');
    return {
      fileName: safeFileName(`${doc.fileStem}.pdf`),
      mimeType: 'application/pdf',
      base64: bytes.toString('base64'),
    };
  },

  /**
   * The roster and, inside, a second .zip of the ID photos named by ID number, as agencies ask, with
   * a 说明.txt that lists what the package holds and who has no photo (no empty photo zip).
   */
  'cohorts.exportSubmission': async (input, ctx) => {
    const doc = roster(ctx, input);
    const photo = ctx.sqlite.prepare('SELECT mime_type AS mimeType, bytes FROM trainee_photos WHERE trainee_id = ?');
    const photos: Record<string, Uint8Array> = {};
    const withoutPhoto: string[] = [];
    doc.traineeIds.forEach((traineeId, i) => {
      const row = photo.get(traineeId) as { mimeType: string; bytes: Buffer } | undefined;
      if (!row) withoutPhoto.push(String(doc.rows[i]!.name));
      else
        photos[safeFileName(`${doc.idNumbers[i]}.${row.mimeType === 'image/png' ? 'png' : 'jpg'}`)] = new Uint8Array(
          row.bytes,
        );
    });
    const photoCount = doc.rows.length - withoutPhoto.length;
    const rosterName = safeFileName(`${doc.fileStem}.xlsx`);
    const photoZipName = safeFileName(`${doc.fileStem}-一寸照.zip`);
    const files: Record<string, Uint8Array> = { [rosterName]: new Uint8Array(await writeRosterXlsx(doc)) };
    // Photos are already compressed: stored, not deflated again.
    if (photoCount > 0) files[photoZipName] = zipSync(photos, { level: 0 });
    const contents = [
      `花名册：${rosterName}（${doc.rows.length} 人）`,
      photoCount > 0
        ? `一寸照：${photoZipName}（${photoCount} 张，以身份证号命名）`
        : '一寸照：本班学员都还没有上传一寸照，本材料包未附照片。',
      withoutPhoto.length > 0 && photoCount > 0
        ? `缺少一寸照 ${withoutPhoto.length} 人：${withoutPhoto.join('、')}`
        : '',
      `制表日期：${doc.footer.date}`,
    ].filter(Boolean);
    // With a byte-order mark, so that Windows Notepad reads the UTF-8 text as Chinese.
    files['说明.txt'] = new Uint8Array(Buffer.from(`\ufeff${contents.join('\r\n')}\r\n`, 'utf8'));
    const zip = zipSync(files, { level: 6 });
    auditExport(ctx, input.cohortId, doc, `报送材料包（含 ${photoCount} 张一寸照）`);
    return {
      fileName: safeFileName(`${doc.fileStem}-报送材料.zip`),
      mimeType: 'application/zip',
      base64: Buffer.from(zip).toString('base64'),
      missingPhotos: withoutPhoto.length,
    };
  },

  'cohorts.rosterTemplates': (_input, ctx) =>
    (
      ctx.sqlite
        .prepare(
          'SELECT agency, kind, columns, order_by AS orderBy FROM roster_templates WHERE deleted_at IS NULL ORDER BY agency, kind',
        )
        .all() as (Omit<RosterTemplate, 'columns'> & { columns: string })[]
    ).map((t) => ({ ...t, columns: JSON.parse(t.columns) as RosterTemplate['columns'] })),

  'cohorts.saveRosterTemplate': (input, ctx) => {
    const columns = JSON.stringify([...new Set(input.columns)]);
    ctx.sqlite
      .prepare(
        `INSERT INTO roster_templates (id, created_at, updated_at, agency, kind, columns, order_by) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (agency, kind) DO UPDATE SET columns = excluded.columns, order_by = excluded.order_by, updated_at = excluded.updated_at, deleted_at = NULL`,
      )
      .run(ctx.newId(), ctx.now, ctx.now, input.agency, input.kind, columns, input.orderBy);
    ctx.audit({
      recordIds: [],
      summary: `保存花名册模板：${input.agency}（${input.kind === 'signup' ? '报名' : '成绩'}）`,
    });
    return {
      agency: input.agency,
      kind: input.kind,
      columns: JSON.parse(columns) as RosterTemplate['columns'],
      orderBy: input.orderBy,
    };
  },
};
