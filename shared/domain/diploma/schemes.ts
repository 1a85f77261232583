import { yuanLabel, type Fen } from '../money/fen';
import { forfeitingStates, type DiplomaState } from './lifecycle';

/**
 * A subsidy scheme is data a base can edit: who pays, the conditions a worker must meet, the
 * schemes it cannot be combined with, and its tranches with the condition that makes each due.
 */
export const honours = ['modelWorker', 'mayDayMedal', 'craftsman'] as const;
export type Honour = (typeof honours)[number];
export const honourLabels: Record<Honour, string> = {
  modelWorker: '市级及以上劳模',
  mayDayMedal: '五一劳动奖章',
  craftsman: '工匠',
};

/** What the 报名汇总表 says about the worker, kept on the enrollment as the union reviewed it. */
export interface SubsidyFacts {
  ruralHousehold: boolean;
  /** Months of social insurance paid in the province. */
  socialInsuranceMonths: number;
  privateEmployer: boolean;
  employerHasUnion: boolean;
  honours: Honour[];
}

export type SchemeCondition =
  | { fact: 'ruralHousehold' }
  | { fact: 'privateEmployer' }
  | { fact: 'employerHasUnion' }
  | { fact: 'socialInsuranceMonths'; atLeast: number }
  | { fact: 'honours'; anyOf: Honour[] };

export const trancheConditions = ['registered', 'year1', 'year2', 'graduated'] as const;
export type TrancheCondition = (typeof trancheConditions)[number];
export const trancheConditionLabels: Record<TrancheCondition, string> = {
  registered: '录取注册后',
  year1: '第一学年考核合格后',
  year2: '第二学年考核合格后',
  graduated: '取得毕业证书后',
};

export interface SchemeRules {
  conditions: SchemeCondition[];
  /** Codes of schemes a worker may not hold together with this one (not-both). */
  excludes: string[];
  tranches: { condition: TrancheCondition; amount: Fen }[];
}

export interface SubsidyScheme extends SchemeRules {
  code: string;
  name: string;
  funder: string;
}

/** The reasons a subsidy stops (Fuzhou and Nan'an notices); leaving study is recorded by the enrollment's state. */
export const forfeitReasons = [
  'leftCity',
  'employerWithoutUnion',
  'interrupted',
  'failedAssessment',
  'sanctioned',
] as const;
export type ForfeitReason = (typeof forfeitReasons)[number];
export const forfeitReasonLabels: Record<ForfeitReason, string> = {
  leftCity: '离开本市工作',
  employerWithoutUnion: '调入未建工会的单位',
  interrupted: '中断学业（退学、中断或学籍过期）',
  failedAssessment: '综合评定不合格',
  sanctioned: '受学校处分或违法违纪受处罚',
};

/** The union's schemes as the Quanzhou notices describe them (泉州晚报 2023-06-25); a base edits amounts and rules. */
export const defaultSchemes: SubsidyScheme[] = [
  {
    code: 'province',
    name: '省总工会求学圆梦补助',
    funder: '福建省总工会',
    conditions: [
      { fact: 'ruralHousehold' },
      { fact: 'socialInsuranceMonths', atLeast: 6 },
      { fact: 'employerHasUnion' },
    ],
    excludes: [],
    tranches: [
      { condition: 'registered', amount: 100000 },
      { condition: 'year1', amount: 100000 },
      { condition: 'graduated', amount: 100000 },
    ],
  },
  {
    code: 'city-private',
    name: '市总工会民营企业职工学历补助',
    funder: '泉州市总工会',
    conditions: [{ fact: 'privateEmployer' }, { fact: 'employerHasUnion' }],
    excludes: ['province'],
    tranches: [{ condition: 'graduated', amount: 100000 }],
  },
  {
    code: 'city-model',
    name: '市总工会劳模工匠学历补助',
    funder: '泉州市总工会',
    conditions: [{ fact: 'honours', anyOf: ['modelWorker', 'mayDayMedal', 'craftsman'] }, { fact: 'employerHasUnion' }],
    excludes: [],
    tranches: [
      { condition: 'registered', amount: 100000 },
      { condition: 'year1', amount: 100000 },
      { condition: 'graduated', amount: 100000 },
    ],
  },
];

export interface EligibilityLine {
  met: boolean;
  text: string;
}

export interface SchemeEligibility {
  eligible: boolean;
  lines: EligibilityLine[];
}

/** A condition as the scheme's notice words it. */
export function conditionText(condition: SchemeCondition): string {
  switch (condition.fact) {
    case 'ruralHousehold':
      return '农村户口';
    case 'privateEmployer':
      return '民营企业职工';
    case 'employerHasUnion':
      return '所在单位已建工会';
    case 'socialInsuranceMonths':
      return `在本省缴纳社保满 ${condition.atLeast} 个月`;
    case 'honours':
      return `具有${condition.anyOf.map((h) => honourLabels[h]).join('、')}荣誉之一`;
  }
}

function conditionLine(condition: SchemeCondition, facts: SubsidyFacts): EligibilityLine {
  switch (condition.fact) {
    case 'ruralHousehold':
      return { met: facts.ruralHousehold, text: facts.ruralHousehold ? '农村户口' : '不是农村户口（须为农村户口）' };
    case 'privateEmployer':
      return {
        met: facts.privateEmployer,
        text: facts.privateEmployer ? '民营企业职工' : '不是民营企业职工（须在民营企业工作）',
      };
    case 'employerHasUnion':
      return {
        met: facts.employerHasUnion,
        text: facts.employerHasUnion ? '所在单位已建工会' : '所在单位未建工会（须由单位工会报名）',
      };
    case 'socialInsuranceMonths': {
      const met = facts.socialInsuranceMonths >= condition.atLeast;
      return {
        met,
        text: `在本省缴纳社保 ${facts.socialInsuranceMonths} 个月${met ? '' : `（须满 ${condition.atLeast} 个月）`}`,
      };
    }
    case 'honours': {
      const held = facts.honours.filter((h) => condition.anyOf.includes(h));
      return held.length > 0
        ? { met: true, text: `荣誉：${held.map((h) => honourLabels[h]).join('、')}` }
        : { met: false, text: `没有${condition.anyOf.map((h) => honourLabels[h]).join('、')}等荣誉` };
    }
  }
}

/**
 * Whether a worker may receive a scheme, with every condition in words. `heldSchemes` are the
 * codes of the schemes already planned for the same enrollment; a scheme that excludes one of
 * them (or is excluded by it) is refused with its name.
 */
export function schemeEligibility(
  scheme: SubsidyScheme,
  facts: SubsidyFacts,
  held: readonly Pick<SubsidyScheme, 'code' | 'name' | 'excludes'>[],
): SchemeEligibility {
  const lines = scheme.conditions.map((c) => conditionLine(c, facts));
  for (const other of held) {
    if (other.code === scheme.code) lines.push({ met: false, text: `已享受${scheme.name}` });
    else if (scheme.excludes.includes(other.code) || other.excludes.includes(scheme.code)) {
      lines.push({ met: false, text: `已享受${other.name}，不能同时享受` });
    }
  }
  return { eligible: lines.every((l) => l.met), lines };
}

export interface StudyProgress {
  state: DiplomaState;
  admittedOn: string | null;
  yearsPassed: number;
}

/** Whether a tranche's condition holds for the enrollment as it stands (a worker who left keeps what was reached). */
export function trancheConditionMet(condition: TrancheCondition, progress: StudyProgress): boolean {
  switch (condition) {
    case 'registered':
      return progress.admittedOn !== null;
    case 'year1':
      return progress.yearsPassed >= 1;
    case 'year2':
      return progress.yearsPassed >= 2;
    case 'graduated':
      return progress.state === 'graduated';
  }
}

/** Leaving study stops a plan by itself; the other reasons are recorded by a clerk. */
export function forfeitOnMove(to: DiplomaState): ForfeitReason | null {
  return forfeitingStates.includes(to) ? 'interrupted' : null;
}

export function schemeTotal(rules: SchemeRules): Fen {
  return rules.tranches.reduce((sum, t) => sum + t.amount, 0);
}

export function describeScheme(rules: SchemeRules): string {
  const counts = new Set(rules.tranches.map((t) => t.amount));
  const total = yuanLabel(schemeTotal(rules));
  if (rules.tranches.length > 1 && counts.size === 1)
    return `${total}，分 ${rules.tranches.length} 次各 ${yuanLabel(rules.tranches[0]!.amount)}`;
  return `${total}，${rules.tranches.map((t) => `${trancheConditionLabels[t.condition]}${yuanLabel(t.amount)}`).join('；')}`;
}
