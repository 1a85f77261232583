/**
 * The one grade ladder (新八级工). Grades are stored as integers where a lower number is a higher
 * grade: 5 = 五级/初级工 … 1 = 一级/高级技师, with 学徒工 below (6) and the employer-led steps
 * 特级技师 (0) and 首席技师 (-1) above. Only 5 to 1 are appraised by the base, so the other steps
 * are declared here but off by default.
 */
export type Grade = 6 | 5 | 4 | 3 | 2 | 1 | 0 | -1;

export interface GradeStep {
  grade: Grade;
  /** 五级 … 一级, or the step's own name outside 5 to 1. */
  level: string;
  /** 初级工 … 高级技师. */
  title: string;
  /** On for every base unless it opts in to the newer steps. */
  enabledByDefault: boolean;
  /** Grades 2 and 1 add a 综合评审 to the theory and skill exams. */
  hasReview: boolean;
}

/** From lowest to highest. */
export const gradeSteps: readonly GradeStep[] = [
  { grade: 6, level: '学徒工', title: '学徒工', enabledByDefault: false, hasReview: false },
  { grade: 5, level: '五级', title: '初级工', enabledByDefault: true, hasReview: false },
  { grade: 4, level: '四级', title: '中级工', enabledByDefault: true, hasReview: false },
  { grade: 3, level: '三级', title: '高级工', enabledByDefault: true, hasReview: false },
  { grade: 2, level: '二级', title: '技师', enabledByDefault: true, hasReview: true },
  { grade: 1, level: '一级', title: '高级技师', enabledByDefault: true, hasReview: true },
  { grade: 0, level: '特级技师', title: '特级技师', enabledByDefault: false, hasReview: true },
  { grade: -1, level: '首席技师', title: '首席技师', enabledByDefault: false, hasReview: true },
];

/** The grades on by default, lowest first: 5, 4, 3, 2, 1. */
export const grades: readonly Grade[] = gradeSteps.filter((s) => s.enabledByDefault).map((s) => s.grade);

/** Every declared step, lowest first. */
export const allGrades: readonly Grade[] = gradeSteps.map((s) => s.grade);

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'number' && allGrades.includes(value as Grade);
}

export function gradeStep(grade: Grade): GradeStep {
  const step = gradeSteps.find((s) => s.grade === grade);
  if (!step) throw new RangeError(`未知等级：${String(grade)}`);
  return step;
}

/** "三级/高级工"; the steps outside 5 to 1 have one name only. */
export function gradeLabel(grade: Grade): string {
  const step = gradeStep(grade);
  return step.level === step.title ? step.level : `${step.level}/${step.title}`;
}

/** "三级" — for narrow columns. */
export function gradeShortLabel(grade: Grade): string {
  return gradeStep(grade).level;
}

/** True when `a` is above `b` on the ladder (一级 is higher than 五级). */
export function isHigherGrade(a: Grade, b: Grade): boolean {
  return a < b;
}

/** The highest of the given grades, or null for none. */
export function highestGrade(list: readonly Grade[]): Grade | null {
  return list.reduce<Grade | null>((best, g) => (best === null || isHigherGrade(g, best) ? g : best), null);
}

/** Parses "三级", "三级/高级工", "高级工" or "3" (as typed in a spreadsheet) to a grade. */
export function parseGrade(text: string): Grade | null {
  const value = text.trim();
  if (/^-?\d$/.test(value)) return isGrade(Number(value)) ? (Number(value) as Grade) : null;
  const step = gradeSteps.find((s) => value === s.level || value === s.title || value === gradeLabel(s.grade));
  return step ? step.grade : null;
}
