import type { ScoreImportPreview } from '@shared/contract/cohorts/scores';
import { scoreImportFields } from '@shared/contract/cohorts/scores';
import { formatMark, parseMark, requiredParts } from '@shared/domain/cohorts/marks';
import { normalizeCode } from '@shared/domain/normalize';
import type { HandlerContext } from '../../context';
import { readSheet } from '../../files/sheet-reader';
import { currentSittings, toMark, type CohortRow } from './facts';

/**
 * Matches the agency's results workbook to the cohort by ID number and lists what would change,
 * and every row that does not fit (not enrolled here, a different name, an unreadable mark).
 */
export async function previewScoreImport(
  ctx: HandlerContext,
  cohort: CohortRow,
  fileName: string,
  bytes: Uint8Array,
): Promise<ScoreImportPreview> {
  const sheet = await readSheet({ fileName, bytes, fields: scoreImportFields });
  const enrolled = new Map(
    (
      ctx.sqlite
        .prepare(
          'SELECT e.id, t.id_number AS idNumber, t.name FROM enrollments e JOIN trainees t ON t.id = e.trainee_id WHERE e.cohort_id = ? AND e.deleted_at IS NULL',
        )
        .all(cohort.id) as { id: string; idNumber: string; name: string }[]
    ).map((e) => [e.idNumber, e]),
  );
  const current = currentSittings(ctx, cohort.id);
  const cell = (cells: string[], key: string) => {
    const column = sheet.mapping[key];
    return column === null || column === undefined ? '' : (cells[column] ?? '').trim();
  };
  const preview: ScoreImportPreview = { matched: 0, mismatches: [], changes: [] };
  for (const { rowNumber, cells } of sheet.rows) {
    const rawId = cell(cells, 'idNumber');
    if (rawId === '' && cells.every((c) => c.trim() === '')) continue;
    const idNumber = normalizeCode(rawId);
    const name = cell(cells, 'name');
    const enrollment = enrolled.get(idNumber);
    if (!enrollment) {
      preview.mismatches.push({ row: rowNumber, idNumber: rawId, name, problem: '本班没有这个身份证号的学员' });
      continue;
    }
    if (name !== '' && name !== enrollment.name) {
      preview.mismatches.push({
        row: rowNumber,
        idNumber: rawId,
        name,
        problem: `姓名不符：本班登记为“${enrollment.name}”`,
      });
      continue;
    }
    preview.matched += 1;
    for (const part of requiredParts(cohort.pass)) {
      const text = cell(cells, part);
      if (text === '') continue;
      const parsed = parseMark(text);
      if (!parsed.ok) {
        preview.mismatches.push({ row: rowNumber, idNumber: rawId, name, problem: parsed.reason });
        continue;
      }
      const existing = current.get(enrollment.id)?.[part];
      const from = existing ? formatMark(toMark(existing)) : '';
      const to = formatMark(parsed.mark);
      if (from !== to) preview.changes.push({ enrollmentId: enrollment.id, name: enrollment.name, part, from, to });
    }
  }
  return preview;
}
