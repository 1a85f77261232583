import type { ImportPreview, ImportRow, JobTypeDetail } from '@shared/contract/job-types';
import { importRowInput, jobTypeGradeInput } from '@shared/contract/job-types';
import type { SheetField } from '@shared/contract/infra/sheet';
import { defaultPassMark } from '@shared/domain/cohorts/marks';
import { gradeLabel, parseGrade, type Grade } from '@shared/domain/grades';
import type { FieldIssue } from '@shared/errors';
import { readSheet } from '../../files/sheet-reader';
import { writeXlsx, type XlsxColumn } from '../../files/xlsx-writer';

const jobTypeHead = importRowInput.pick({ code: true, name: true, industry: true, ruleSet: true });

/** One sheet row per job type and grade, so hours and marks can be edited in Excel directly. */
interface CatalogRow {
  jobType: JobTypeDetail;
  grade: JobTypeDetail['grades'][number];
}

const columns: XlsxColumn<CatalogRow>[] = [
  { header: '职业编码', width: 12, text: true, value: (r) => r.jobType.code },
  { header: '工种名称', width: 26, value: (r) => r.jobType.name },
  { header: '行业', width: 16, value: (r) => r.jobType.industry },
  { header: '申报条件规则', width: 12, value: (r) => r.jobType.ruleSet },
  { header: '等级', width: 14, value: (r) => gradeLabel(r.grade.grade) },
  { header: '培训学时', width: 10, value: (r) => r.grade.trainingHours },
  { header: '理论合格线', width: 10, value: (r) => r.grade.theoryPassMark },
  { header: '实操合格线', width: 10, value: (r) => r.grade.practicalPassMark },
  { header: '综合评审合格线', width: 14, value: (r) => r.grade.reviewPassMark },
  { header: '理论权重', width: 9, value: (r) => r.grade.theoryWeight },
  { header: '实操权重', width: 9, value: (r) => r.grade.practicalWeight },
  { header: '综合评审权重', width: 12, value: (r) => r.grade.reviewWeight },
  { header: '相关职业编码', width: 24, text: true, value: (r) => r.jobType.related.map((j) => j.code).join('；') },
  { header: '状态', width: 8, value: (r) => (r.jobType.retiredAt ? '已停用' : '在用') },
];

export function writeCatalog(jobTypes: JobTypeDetail[]): Promise<Buffer> {
  const rows = jobTypes.flatMap((jobType) => jobType.grades.map((grade) => ({ jobType, grade })));
  return writeXlsx({ sheetName: '工种目录', columns, rows });
}

const fields: SheetField[] = [
  { key: 'code', label: '职业编码', aliases: ['职业编码', '编码'], required: true },
  { key: 'name', label: '工种名称', aliases: ['工种名称', '职业(工种)', '工种'], required: true },
  { key: 'industry', label: '行业', aliases: ['行业'] },
  { key: 'ruleSet', label: '申报条件规则', aliases: ['申报条件规则'] },
  { key: 'grade', label: '等级', aliases: ['等级', '技能等级'], required: true },
  { key: 'trainingHours', label: '培训学时', aliases: ['培训学时', '学时'], required: true },
  { key: 'theoryPassMark', label: '理论合格线', aliases: ['理论合格线'] },
  { key: 'practicalPassMark', label: '实操合格线', aliases: ['实操合格线'] },
  { key: 'reviewPassMark', label: '综合评审合格线', aliases: ['综合评审合格线'] },
  { key: 'theoryWeight', label: '理论权重', aliases: ['理论权重'] },
  { key: 'practicalWeight', label: '实操权重', aliases: ['实操权重'] },
  { key: 'reviewWeight', label: '综合评审权重', aliases: ['综合评审权重'] },
  { key: 'related', label: '相关职业编码', aliases: ['相关职业编码', '相关职业'] },
];

/**
 * Reads a catalog workbook into job types (rows grouped by code) and reports every bad cell as
 * 第 N 行 + column. Route adjustments are not in the workbook: they stay as the base set them.
 */
export async function readCatalog(bytes: Uint8Array, existingCodes: Set<string>): Promise<ImportPreview> {
  const sheet = await readSheet({ fileName: 'catalog.xlsx', bytes, fields });
  const issues: FieldIssue[] = [];
  const cell = (cells: string[], key: string) => {
    const index = sheet.mapping[key];
    return index === null || index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const byCode = new Map<string, ImportRow>();
  for (const { rowNumber, cells } of sheet.rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    const problem = (field: string, message: string) =>
      issues.push({
        row: rowNumber,
        column: fields.find((f) => f.key === field)!.label,
        field,
        message: `第 ${rowNumber} 行，${fields.find((f) => f.key === field)!.label}：${message}`,
      });
    const grade = parseGrade(cell(cells, 'grade'));
    if (grade === null) {
      problem('grade', `无法识别“${cell(cells, 'grade')}”，应为 五级 … 一级`);
      continue;
    }
    const number = (key: string, fallback: number | null) => {
      const text = cell(cells, key);
      if (text === '' && Number.isNaN(fallback)) {
        problem(key, '不能为空');
        return 0;
      }
      if (text === '') return fallback;
      const value = Number(text);
      if (Number.isFinite(value)) return value;
      // Reported here once; the placeholder keeps the schema check from reporting it again.
      problem(key, `“${text}”不是数字`);
      return 0;
    };
    const code = cell(cells, 'code');
    const row = byCode.get(code) ?? {
      code,
      name: cell(cells, 'name'),
      industry: cell(cells, 'industry'),
      ruleSet: (cell(cells, 'ruleSet') || 'A') as ImportRow['ruleSet'],
      grades: [],
      relatedCodes: cell(cells, 'related')
        .split(/[;；,，\s]+/)
        .filter(Boolean),
      exists: existingCodes.has(code),
    };
    const gradeRow = {
      grade: grade as Grade,
      trainingHours: number('trainingHours', Number.NaN) as number,
      theoryPassMark: number('theoryPassMark', defaultPassMark) as number,
      practicalPassMark: number('practicalPassMark', defaultPassMark) as number,
      reviewPassMark: number('reviewPassMark', grade <= 2 ? defaultPassMark : null),
      theoryWeight: number('theoryWeight', null),
      practicalWeight: number('practicalWeight', null),
      reviewWeight: number('reviewWeight', null),
    };
    const gradeCheck = jobTypeGradeInput.safeParse(gradeRow);
    if (!gradeCheck.success) for (const issue of gradeCheck.error.issues) problem(fieldOf(issue.path), issue.message);
    if (!byCode.has(code)) {
      const headCheck = jobTypeHead.safeParse({
        code: row.code,
        name: row.name,
        industry: row.industry,
        ruleSet: row.ruleSet,
      });
      if (!headCheck.success) for (const issue of headCheck.error.issues) problem(fieldOf(issue.path), issue.message);
      byCode.set(code, row);
    }
    row.grades.push(gradeRow);
  }
  return { rows: [...byCode.values()], issues };
}

/** Maps a zod path inside a row (grades.0.trainingHours) to the sheet column it came from. */
function fieldOf(path: PropertyKey[]): string {
  const last = String(path.at(-1) ?? 'code');
  return fields.some((f) => f.key === last) ? last : 'code';
}
