import { toHalfWidth } from '../normalize';

/**
 * Exam marks. 缺考 (absent) and 违纪 (misconduct) are codes, never zero: a 0 is a sat and failed
 * paper, while an absence must appear on the roster as 缺考.
 */
export const scoreParts = ['theory', 'practical', 'review'] as const;
export type ScorePart = (typeof scoreParts)[number];

export const partLabels: Record<ScorePart, string> = { theory: '理论', practical: '实操', review: '综合评审' };

export const scoreCodes = ['absent', 'misconduct'] as const;
export type MarkCode = (typeof scoreCodes)[number];
export type Mark = { score: number; code: null } | { score: null; code: MarkCode };

export const codeLabels: Record<MarkCode, string> = { absent: '缺考', misconduct: '违纪' };

export const enrollmentResults = ['pass', 'fail', 'absent', 'misconduct'] as const;
export type EnrollmentResult = (typeof enrollmentResults)[number];
/** Who counts as 实考 on the roster: everyone who sat a paper, misconduct included; 缺考 did not. */
export const satResults: readonly EnrollmentResult[] = ['pass', 'fail', 'misconduct'];

export const resultLabels: Record<EnrollmentResult, string> = {
  pass: '合格',
  fail: '不合格',
  absent: '缺考',
  misconduct: '违纪',
};

export type MarkParse = { ok: true; mark: Mark | null } | { ok: false; reason: string };

const codeWords: Record<string, MarkCode> = {
  缺考: 'absent',
  缺: 'absent',
  q: 'absent',
  qk: 'absent',
  违纪: 'misconduct',
  wj: 'misconduct',
};

/** Reads a typed or pasted cell: "85", "85.5", "缺考", "违纪" (or qk / wj typed fast); empty clears it. */
export function parseMark(text: string): MarkParse {
  const value = toHalfWidth(text).replace(/\s/g, '');
  if (value === '') return { ok: true, mark: null };
  const code = codeWords[value.toLowerCase()];
  if (code) return { ok: true, mark: { score: null, code } };
  if (!/^\d{1,3}(\.\d)?$/.test(value))
    return { ok: false, reason: `“${text}”不是成绩：请填 0–100 的分数（最多一位小数），或“缺考”“违纪”` };
  const score = Number(value);
  if (score > 100) return { ok: false, reason: `${value} 超出范围：成绩为 0–100 分` };
  return { ok: true, mark: { score, code: null } };
}

export function formatMark(mark: Mark | null): string {
  if (!mark) return '';
  return mark.code ? codeLabels[mark.code] : String(mark.score);
}

export interface PassMarks {
  theory: number;
  practical: number;
  /** Null when the grade has no comprehensive review. */
  review: number | null;
}

/** The pass mark of a part the catalog leaves blank: 60 of 100. */
export const defaultPassMark = 60;

/** A part's pass mark, or the default when it is blank. */
export function passMarkOf(pass: Partial<Record<ScorePart, number | null>>, part: ScorePart): number {
  return pass[part] ?? defaultPassMark;
}

/** A sat paper at or above its part's pass mark. */
export function isPassingMark(mark: Mark, pass: Partial<Record<ScorePart, number | null>>, part: ScorePart): boolean {
  return mark.code === null && mark.score >= passMarkOf(pass, part);
}

export function requiredParts(pass: PassMarks): ScorePart[] {
  return pass.review === null ? ['theory', 'practical'] : ['theory', 'practical', 'review'];
}

/**
 * 违纪 in any part decides the result; then 缺考 when the trainee sat nothing; then 合格 when every
 * part is at or above its pass mark. Null while a required part has no mark.
 */
export function deriveResult(marks: Partial<Record<ScorePart, Mark>>, pass: PassMarks): EnrollmentResult | null {
  const parts = requiredParts(pass);
  const given = parts.map((p) => marks[p]);
  if (given.some((m) => m?.code === 'misconduct')) return 'misconduct';
  if (given.some((m) => m === undefined)) return null;
  const all = given as Mark[];
  if (all.every((m) => m.code === 'absent')) return 'absent';
  const passed = parts.every((p, i) => isPassingMark(all[i]!, pass, p));
  return passed ? 'pass' : 'fail';
}

/** 初次认定 when the trainee holds no grade in this job type yet; 晋级认定 when they hold a lower one. */
export function appraisalKind(heldGrades: readonly number[]): 'initial' | 'promotion' {
  return heldGrades.length === 0 ? 'initial' : 'promotion';
}

export const appraisalKindLabels = { initial: '初次认定', promotion: '晋级认定' } as const;
