import { addMonthsClamped } from '../dates';

/** The diploma programmes workers study under 求学圆梦 (Open University, adult college entrance, self-study exams). */
export const diplomaLevels = ['junior', 'topUp', 'bachelor'] as const;
export type DiplomaLevel = (typeof diplomaLevels)[number];

export const diplomaLevelLabels: Record<DiplomaLevel, string> = {
  junior: '专科',
  topUp: '本科（专升本）',
  bachelor: '本科（高起本）',
};

/** Open University minimum study length: 专科 and 专升本 2.5 years, 高起本 5 years (中国教育在线). */
export const minimumStudyMonths: Record<DiplomaLevel, number> = { junior: 30, topUp: 30, bachelor: 60 };

/** Open University enrolment (学籍) stays valid 8 years from admission. */
export const enrolmentValidYears = 8;

export const studyModes = ['open', 'adultFullTime', 'adultCorrespondence', 'adultSpareTime', 'selfStudy'] as const;
export type StudyMode = (typeof studyModes)[number];

export const studyModeLabels: Record<StudyMode, string> = {
  open: '开放教育',
  adultFullTime: '成人高考（脱产）',
  adultCorrespondence: '成人高考（函授）',
  adultSpareTime: '成人高考（业余）',
  selfStudy: '自学考试',
};

export const intakeTerms = ['spring', 'autumn'] as const;
export type IntakeTerm = (typeof intakeTerms)[number];
export const intakeTermLabels: Record<IntakeTerm, string> = { spring: '春季', autumn: '秋季' };

/** Nan'an 2026: stamped 报名汇总表 due 3-05 (spring) and 9-05 (autumn); a base may set another date per intake. */
export function defaultApplicationDeadline(year: number, term: IntakeTerm): string {
  return `${year}-${term === 'spring' ? '03-05' : '09-05'}`;
}

export function intakeLabel(year: number, term: IntakeTerm): string {
  return `${year}年${intakeTermLabels[term]}`;
}

export const tuitionBases = ['perCredit', 'perProgramme'] as const;
export type TuitionBasis = (typeof tuitionBases)[number];

/** Tuition of a whole programme in fen: per credit × credits, or the programme's price. */
export function programmeTuition(basis: TuitionBasis, priceFen: number, credits: number): number {
  return basis === 'perCredit' ? priceFen * credits : priceFen;
}

/** The first day a graduation may be dated, by the level's minimum study length. */
export function earliestGraduation(level: DiplomaLevel, admittedOn: string): string {
  return addMonthsClamped(admittedOn, minimumStudyMonths[level]);
}

/** The day the enrolment lapses (学籍过期) unless the worker graduates before. */
export function enrolmentExpiry(admittedOn: string): string {
  return addMonthsClamped(admittedOn, enrolmentValidYears * 12);
}
