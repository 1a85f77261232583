import { certificateImportFields, type ImportCheckRow, type ImportPreview } from '@shared/contract/certificates';
import { isRealDate } from '@shared/domain/dates';
import { issuedBeforeTrainingEnds } from '@shared/domain/certificates/issue-date';
import { maskIdNumber } from '@shared/domain/masking';
import { normalizeCode } from '@shared/domain/normalize';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { readSheet } from '../../files/sheet-reader';
import { cohortFacts, enrollmentFacts, notPassedReason, type EnrollmentFacts } from './facts';
import { issueOne, openIssueSession } from './issue';
import { getCertificate } from './records';
import { findTemplate } from './templates';

interface Entry {
  row: number;
  enrollment: EnrollmentFacts | null;
  certificateNo: string;
  issueDate: string;
}

/** Every reason a row cannot take its official number; the same checks run at preview and at apply. */
function problemsOf(ctx: HandlerContext, entry: Entry, seen: Map<string, number>): string[] {
  const problems: string[] = [];
  if (!entry.enrollment) problems.push('证件号码在本培训班找不到（未匹配）');
  else {
    const notPassed = notPassedReason(entry.enrollment);
    if (notPassed) problems.push(notPassed);
    const live = ctx.sqlite
      .prepare("SELECT number FROM certificates WHERE enrollment_id = ? AND kind = 'skill' AND status = 'issued'")
      .get(entry.enrollment.enrollmentId) as { number: string } | undefined;
    if (live && live.number !== entry.certificateNo)
      problems.push(`已有职业技能等级证书 ${live.number}，如需更换请先作废`);
  }
  if (entry.certificateNo === '') problems.push('缺少证书编号');
  else {
    const holder = ctx.sqlite
      .prepare(
        'SELECT t.name, c.trainee_id AS traineeId FROM certificates c JOIN trainees t ON t.id = c.trainee_id WHERE c.number = ?',
      )
      .get(entry.certificateNo) as { name: string; traineeId: string } | undefined;
    if (holder && holder.traineeId !== entry.enrollment?.traineeId)
      problems.push(`证书编号已被 ${holder.name} 的证书使用`);
    else if (holder) problems.push('该学员已导入过这个编号');
    const earlier = seen.get(entry.certificateNo);
    if (earlier !== undefined) problems.push(`与第 ${earlier} 行的证书编号重复`);
    else seen.set(entry.certificateNo, entry.row);
  }
  if (!isRealDate(entry.issueDate)) problems.push(`发证日期“${entry.issueDate}”不是有效日期`);
  else if (entry.enrollment && issuedBeforeTrainingEnds(entry.enrollment.endDate, entry.issueDate)) {
    problems.push(`发证日期早于培训结束日期 ${entry.enrollment.endDate}`);
  }
  return problems;
}

export async function previewImport(
  ctx: HandlerContext,
  input: { cohortId: string; fileName: string; fileBase64: string },
): Promise<ImportPreview> {
  const sheet = await readSheet({
    fileName: input.fileName,
    bytes: Buffer.from(input.fileBase64, 'base64'),
    fields: certificateImportFields,
  });
  const missing = certificateImportFields.filter(
    (field) => sheet.mapping[field.key] === null || sheet.mapping[field.key] === undefined,
  );
  if (missing.length > 0) throw new AppError('VALIDATION', `表格缺少列：${missing.map((f) => f.label).join('、')}`);
  const byId = new Map(cohortFacts(ctx, input.cohortId).map((facts) => [facts.idNumber, facts]));
  const cell = (cells: string[], key: string) => (cells[sheet.mapping[key]!] ?? '').trim();
  const seen = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const rows: ImportCheckRow[] = [];
  for (const { rowNumber, cells } of sheet.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const idNumber = normalizeCode(cell(cells, 'idNumber'));
    const name = cell(cells, 'name');
    const enrollment = byId.get(idNumber) ?? null;
    const entry: Entry = {
      row: rowNumber,
      enrollment,
      certificateNo: normalizeCode(cell(cells, 'certificateNo')),
      issueDate: cell(cells, 'issueDate')
        .replace(/[./年月]/g, '-')
        .replace(/日$/, ''),
    };
    const problems = problemsOf(ctx, entry, seen);
    if (enrollment && enrollment.name !== name) problems.push(`姓名与学员登记的“${enrollment.name}”不一致`);
    const earlierId = seenIds.get(idNumber);
    if (earlierId !== undefined) problems.push(`与第 ${earlierId} 行是同一人`);
    else seenIds.set(idNumber, rowNumber);
    rows.push({
      row: rowNumber,
      enrollmentId: enrollment?.enrollmentId ?? null,
      name,
      maskedIdNumber: maskIdNumber(idNumber),
      certificateNo: entry.certificateNo,
      issueDate: entry.issueDate,
      problems,
    });
  }
  const blocked = rows.filter((row) => row.problems.length > 0).length;
  return { rows, ready: rows.length - blocked, blocked };
}

/** All or nothing: one row that fails a check leaves every certificate of the file unissued. */
export function applyImport(
  ctx: HandlerContext,
  input: {
    cohortId: string;
    templateId: string;
    entries: { row: number; enrollmentId: string; certificateNo: string; issueDate: string }[];
  },
) {
  const template = findTemplate(ctx, input.templateId);
  if (template.kind !== 'skill')
    throw new AppError('VALIDATION', '导入的官方编号只用于职业技能等级证书，请选择该类模板');
  const session = openIssueSession(ctx);
  const seen = new Map<string, number>();
  const ids: string[] = [];
  for (const raw of input.entries) {
    const enrollment = enrollmentFacts(ctx, raw.enrollmentId);
    if (enrollment.cohortId !== input.cohortId)
      throw new AppError('VALIDATION', `第 ${raw.row} 行：不是本培训班的学员`);
    const entry: Entry = {
      row: raw.row,
      enrollment,
      certificateNo: normalizeCode(raw.certificateNo),
      issueDate: raw.issueDate,
    };
    const problems = problemsOf(ctx, entry, seen);
    if (problems.length > 0) {
      throw new AppError('VALIDATION', `第 ${raw.row} 行：${problems.join('；')}（整批未导入）`, {
        issues: problems.map((message) => ({ field: 'certificateNo', row: raw.row, message })),
      });
    }
    ids.push(
      issueOne(session, {
        template,
        facts: enrollment,
        issueDate: entry.issueDate,
        importedNumber: entry.certificateNo,
      }),
    );
  }
  ctx.audit({ recordIds: ids, summary: `导入官方证书编号 ${ids.length} 个（${template.name}）` });
  return ids.map((id) => getCertificate(ctx, id));
}
