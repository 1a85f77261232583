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

/** Why an agreement ended early (提前解除). Either party may object in the first month (the sample rule). */
export const terminationReasons = [
  'objection',
  'apprenticeLeft',
  'mentorLeft',
  'mutual',
  'discipline',
  'other',
] as const;
export type TerminationReason = (typeof terminationReasons)[number];
export const terminationReasonLabels: Record<TerminationReason, string> = {
  objection: '首月内一方提出异议',
  apprenticeLeft: '徒弟离职或调岗',
  mentorLeft: '师傅离职、调岗或退休',
  mutual: '双方协商解除',
  discipline: '违反协议或违纪',
  other: '其他原因',
};

/** The periodic check of an agreement (阶段考核), recorded as the mentor and enterprise judge it. */
export const reviewRatings = ['good', 'adequate', 'poor'] as const;
export type ReviewRating = (typeof reviewRatings)[number];
export const reviewRatingLabels: Record<ReviewRating, string> = {
  good: '良好',
  adequate: '合格',
  poor: '待改进',
};

/** The first month of an agreement, in which either party may object (首月异议). */
export function objectionWindowEnd(startDate: string): string {
  return addMonthsClamped(startDate, 1);
}

export interface SigningFacts {
  mentorTraineeId: string;
  apprenticeId: string;
  /** The mentor's grade in the agreement's job type (lower number = higher grade). */
  mentorGrade: number;
  targetGrade: number;
  /** The apprentice's best grade in the job type today, if any. */
  apprenticeGrade: number | null;
  months: number;
  /** The apprentice already has an active agreement in this job type. */
  apprenticeHasActive: boolean;
}

/**
 * Why a pair may not sign, in words; null when it may. A mentor teaches up to their own grade: the
 * target may not be above it. The target must be above the grade the apprentice already holds, and
 * an apprentice has one mentor at a time in a job type.
 */
export function signingRefusal(f: SigningFacts): string | null {
  if (f.mentorTraineeId === f.apprenticeId) return '师傅和徒弟不能是同一人';
  const period = periodRefusal(f.months);
  if (period) return period;
  if (f.targetGrade < f.mentorGrade) return '目标等级不能高于师傅本人的等级';
  if (f.apprenticeGrade !== null && f.targetGrade >= f.apprenticeGrade) return '目标等级须高于徒弟现有的等级';
  if (f.apprenticeHasActive) return '这名徒弟在这个工种已有一份带徒中的协议，请先办结或解除';
  return null;
}

/** 出师考核 comes once the agreed period has been served, and only on an agreement still running. */
export function assessmentRefusal(
  agreement: { state: AgreementState; endDate: string },
  on: string,
  today: string,
): string | null {
  if (agreement.state !== 'active') return `协议已${agreementStateLabels[agreement.state]}，不能再做出师考核`;
  if (on > today) return `考核日期 ${on} 在今天之后`;
  if (on < agreement.endDate) return `带徒期至 ${agreement.endDate} 才满，出师考核须在期满后进行`;
  return null;
}

/** 提前解除: only while running, not before the start, not after the agreed end. */
export function terminationRefusal(
  agreement: { state: AgreementState; startDate: string; endDate: string },
  reason: TerminationReason,
  on: string,
  today: string,
): string | null {
  if (agreement.state !== 'active') return `协议已${agreementStateLabels[agreement.state]}，不能再解除`;
  if (on > today) return `解除日期 ${on} 在今天之后`;
  if (on < agreement.startDate) return `解除日期不能早于协议开始日期 ${agreement.startDate}`;
  if (on >= agreement.endDate) return '带徒期已满，请做出师考核而不是提前解除';
  if (reason === 'objection' && on > objectionWindowEnd(agreement.startDate))
    return `首月异议须在 ${objectionWindowEnd(agreement.startDate)} 前提出，请选择其他解除原因`;
  return null;
}

/** 不及格: a new mentor and one more year; the same mentor may not take the renewal. */
export function renewalRefusal(
  failed: { state: AgreementState; mentorId: string; renewedById: string | null },
  newMentorId: string,
): string | null {
  if (failed.state !== 'failed') return '只有出师考核不及格的协议才能续签一年';
  if (failed.renewedById) return '这份协议已经续签过';
  if (failed.mentorId === newMentorId) return '续签须更换师傅';
  return null;
}
