import { addMonthsClamped } from '../dates';
import { allocate, type Fen } from '../money/fen';
import type { Instalment } from '../money/instalments';

/** 师徒结对: a mentor (劳模, 工匠, 技术能手, 好师傅) and an apprentice under a signed agreement. */
export const mentorTitles = ['modelWorker', 'craftsman', 'technicalExpert', 'goodMaster'] as const;
export type MentorTitle = (typeof mentorTitles)[number];
export const mentorTitleLabels: Record<MentorTitle, string> = {
  modelWorker: '劳模',
  craftsman: '工匠',
  technicalExpert: '技术能手',
  goodMaster: '好师傅',
};

/** 企业新型学徒制: 1–2 years, 3 at most. */
export const minimumPeriodMonths = 12;
export const maximumPeriodMonths = 36;

export const agreementStates = ['active', 'completed', 'failed', 'terminated'] as const;
export type AgreementState = (typeof agreementStates)[number];
export const agreementStateLabels: Record<AgreementState, string> = {
  active: '带徒中',
  completed: '已出师',
  failed: '考核不合格',
  terminated: '提前解除',
};

export const assessmentResults = ['excellent', 'pass', 'fail'] as const;
export type AssessmentResult = (typeof assessmentResults)[number];
export const assessmentResultLabels: Record<AssessmentResult, string> = {
  excellent: '优秀',
  pass: '及格',
  fail: '不及格',
};

/** monthly: a set amount each month served, paid by the enterprise; byAssessment: a sum paid by the 出师考核 result. */
export const allowanceModes = ['monthly', 'byAssessment'] as const;
export type AllowanceMode = (typeof allowanceModes)[number];
export const allowanceModeLabels: Record<AllowanceMode, string> = {
  monthly: '按月发放',
  byAssessment: '按出师考核结果发放',
};

export interface AgreementTerms {
  startDate: string;
  months: number;
  allowanceMode: AllowanceMode;
  /** Per month (monthly) or the whole sum (byAssessment). */
  allowanceFen: Fen;
}

export interface AgreementProgress {
  state: AgreementState;
  assessment: AssessmentResult | null;
  /** The day an early termination took effect. */
  terminatedOn: string | null;
}

export function agreementEndDate(terms: Pick<AgreementTerms, 'startDate' | 'months'>): string {
  return addMonthsClamped(terms.startDate, terms.months);
}

export function periodRefusal(months: number): string | null {
  if (!Number.isInteger(months) || months < minimumPeriodMonths) return `带徒期限至少 ${minimumPeriodMonths} 个月`;
  if (months > maximumPeriodMonths) return `带徒期限最长 3 年（${maximumPeriodMonths} 个月）`;
  return null;
}

export interface AllowanceInstalment extends Instalment {
  /** 2026-03 for a month served; 考核 for the halves paid by the result. */
  label: string;
}

/**
 * The allowance as instalments. Monthly: one per month, due once the month has been served, and
 * stopped from the month an early termination falls in. By assessment: two halves, the first due
 * on 及格 or 优秀, the second on 优秀 only (优秀 in full, 及格 half, 不及格 none).
 */
export function allowanceSchedule(
  terms: AgreementTerms,
  progress: AgreementProgress,
  today: string,
): AllowanceInstalment[] {
  if (terms.allowanceMode === 'byAssessment') {
    const [first, second] = allocate(terms.allowanceFen, [1, 1]) as [Fen, Fen];
    const assessed = progress.assessment !== null;
    const stopped = progress.state === 'terminated';
    return [
      {
        label: '出师考核及格（一半）',
        amount: first,
        conditionMet: progress.assessment === 'pass' || progress.assessment === 'excellent',
        forfeited: stopped || progress.assessment === 'fail',
      },
      {
        label: '出师考核优秀（另一半）',
        amount: second,
        conditionMet: progress.assessment === 'excellent',
        forfeited: stopped || (assessed && progress.assessment !== 'excellent'),
      },
    ];
  }
  return Array.from({ length: terms.months }, (_, k) => {
    const monthStart = addMonthsClamped(terms.startDate, k);
    const served = addMonthsClamped(terms.startDate, k + 1);
    const stoppedBefore = progress.terminatedOn !== null && progress.terminatedOn < served;
    return {
      label: monthStart.slice(0, 7),
      amount: terms.allowanceFen,
      conditionMet: served <= today && !stoppedBefore,
      forfeited: stoppedBefore,
    };
  });
}

/** Whether the apprentice reached the target grade: a grade at least as high, obtained in the period or after. */
export function reachedTarget(
  targetGrade: number,
  startDate: string,
  grades: readonly { grade: number; obtainedOn: string }[],
): { reached: boolean; on: string | null } {
  const hit = grades
    .filter((g) => g.grade <= targetGrade && g.obtainedOn >= startDate)
    .sort((a, b) => a.obtainedOn.localeCompare(b.obtainedOn))[0];
  return hit ? { reached: true, on: hit.obtainedOn } : { reached: false, on: null };
}

/** 不及格: a new mentor and one more year (the sample rule); the base may set another length. */
export const renewalMonths = 12;
