import { earliestGraduation, enrolmentExpiry, type DiplomaLevel } from './programmes';

/**
 * 报名 (through the enterprise's union) → 资格审核 (the union) → 录取/注册 (Open University: review
 * passed = admitted, then fees) → 在读 → 毕业, or 审核未通过 / 退学 / 中断 / 学籍过期.
 */
export const diplomaStates = [
  'applied',
  'approved',
  'rejected',
  'admitted',
  'studying',
  'graduated',
  'withdrawn',
  'interrupted',
  'expired',
] as const;
export type DiplomaState = (typeof diplomaStates)[number];

export const diplomaStateLabels: Record<DiplomaState, string> = {
  applied: '已报名',
  approved: '审核通过',
  rejected: '审核未通过',
  admitted: '已录取注册',
  studying: '在读',
  graduated: '已毕业',
  withdrawn: '退学',
  interrupted: '中断学业',
  expired: '学籍过期',
};

/** States that end the enrollment; the last three stop the subsidy's remaining tranches. */
export const endedStates: readonly DiplomaState[] = ['rejected', 'graduated', 'withdrawn', 'interrupted', 'expired'];
export const forfeitingStates: readonly DiplomaState[] = ['withdrawn', 'interrupted', 'expired'];

export const diplomaMoves: Record<DiplomaState, readonly DiplomaState[]> = {
  applied: ['approved', 'rejected'],
  approved: ['admitted', 'withdrawn'],
  rejected: [],
  admitted: ['studying', 'withdrawn', 'expired'],
  studying: ['graduated', 'withdrawn', 'interrupted', 'expired'],
  graduated: [],
  withdrawn: [],
  interrupted: [],
  expired: [],
};

/** The button that makes each move, in the clerk's words. */
export const moveLabels: Record<DiplomaState, string> = {
  applied: '报名',
  approved: '资格审核通过',
  rejected: '审核不通过',
  admitted: '录取注册',
  studying: '开始在读',
  graduated: '毕业',
  withdrawn: '退学',
  interrupted: '中断学业',
  expired: '学籍过期',
};

export interface MoveFacts {
  level: DiplomaLevel;
  admittedOn: string | null;
  /** The date the move takes effect (registration, graduation, leaving). */
  on: string;
  today: string;
  note: string;
  studentNo: string;
}

/** Why a move is refused, in words; null when it may be made. */
export function moveRefusal(from: DiplomaState, to: DiplomaState, facts: MoveFacts): string | null {
  if (!diplomaMoves[from].includes(to)) return `“${diplomaStateLabels[from]}”的学员不能直接${moveLabels[to]}`;
  if (facts.on > facts.today) return `日期 ${facts.on} 在今天之后`;
  if (['rejected', 'withdrawn', 'interrupted'].includes(to) && facts.note.trim() === '')
    return `请写明${moveLabels[to]}的原因`;
  if (to === 'admitted' && facts.studentNo.trim() === '') return '请填写学号（录取注册后学校给的学号）';
  if (to !== 'admitted' && facts.admittedOn && facts.on < facts.admittedOn)
    return `日期 ${facts.on} 早于注册日期 ${facts.admittedOn}`;
  if (to === 'graduated' && facts.admittedOn) {
    const earliest = earliestGraduation(facts.level, facts.admittedOn);
    if (facts.on < earliest) return `最短修业年限未满：${facts.admittedOn} 注册，最早 ${earliest} 才能毕业`;
  }
  if (to === 'expired' && facts.admittedOn) {
    const expiry = enrolmentExpiry(facts.admittedOn);
    if (facts.on < expiry) return `学籍有效期 8 年，到 ${expiry} 才过期`;
  }
  return null;
}
