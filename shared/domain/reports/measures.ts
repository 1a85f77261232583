/**
 * What a report counts (a measure) and what it breaks the count down by (a dimension). Each
 * measure is counted by one function of the reports service; a new area's figure (competitions,
 * diploma students, subsidy, mentor pairs) is one more entry here and one more function there.
 */
export const reportMeasures = [
  'cohorts',
  'trainedPeople',
  'trainedTimes',
  'appraised',
  'passed',
  'passRate',
  'certified',
  'promoted',
] as const;
export type ReportMeasure = (typeof reportMeasures)[number];

export interface MeasureInfo {
  label: string;
  unit: string;
  /** What the figure counts, as the report's note says it. */
  counts: string;
}

export const measureInfo: Record<ReportMeasure, MeasureInfo> = {
  cohorts: { label: '培训班数', unit: '个', counts: '结束日期在期间内的培训班' },
  trainedPeople: { label: '培训人数', unit: '人', counts: '结束日期在期间内的培训班的学员，一人多班只计一次' },
  trainedTimes: { label: '培训人次', unit: '人次', counts: '结束日期在期间内的培训班的报名' },
  appraised: { label: '实考人次', unit: '人次', counts: '成绩公布在期间内、参加了考试（合格、不合格、违纪）的报名' },
  passed: { label: '合格人次', unit: '人次', counts: '成绩公布在期间内的合格' },
  passRate: { label: '合格率', unit: '%', counts: '合格人次 ÷ 实考人次' },
  certified: { label: '发证数', unit: '份', counts: '发证日期在期间内、未作废的职业技能等级证书' },
  promoted: {
    label: '技能晋升',
    unit: '人次',
    counts: '取证日期在期间内、经考核、竞赛或破格取得的等级（不含既有证书登记）',
  },
};

export const reportDimensions = ['jobType', 'grade', 'district', 'enterprise', 'month', 'path'] as const;
export type ReportDimension = (typeof reportDimensions)[number];

export const dimensionLabels: Record<ReportDimension, string> = {
  jobType: '工种',
  grade: '等级',
  district: '区县',
  enterprise: '企业',
  month: '月份',
  path: '晋升途径',
};

/** Which breakdowns a measure's records carry (a cohort has no enterprise; only promotions have a path). */
export const measureDimensions: Record<ReportMeasure, readonly ReportDimension[]> = {
  cohorts: ['jobType', 'grade', 'month'],
  trainedPeople: ['jobType', 'grade', 'district', 'enterprise', 'month'],
  trainedTimes: ['jobType', 'grade', 'district', 'enterprise', 'month'],
  appraised: ['jobType', 'grade', 'district', 'enterprise', 'month'],
  passed: ['jobType', 'grade', 'district', 'enterprise', 'month'],
  passRate: ['jobType', 'grade', 'district', 'enterprise', 'month'],
  certified: ['jobType', 'grade', 'district', 'enterprise', 'month'],
  promoted: ['jobType', 'grade', 'district', 'enterprise', 'month', 'path'],
};

export const promotionPathLabels: Record<string, string> = {
  appraisal: '考核晋级',
  competition: '竞赛晋级',
  recognition: '破格/直接认定',
};

/** Passed ÷ appraised as a percentage with one decimal, or null when nobody sat. */
export function passRate(passed: number, appraised: number): number | null {
  if (appraised === 0) return null;
  return Math.round((passed * 1000) / appraised) / 10;
}

/** People are not summed across rows: one person trained in two job types is one person in the total. */
export function isAdditive(measure: ReportMeasure): boolean {
  return measure !== 'passRate' && measure !== 'trainedPeople';
}
