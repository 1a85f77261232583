/**
 * The promotion ledger: every grade a worker gains, by whatever path, is one record with its
 * evidence, and moves 待审核 → 已核准 → 已发证, or 待审核 → 已驳回. Approval needs a second person.
 */
export const promotionPaths = ['appraisal', 'competition', 'recognition'] as const;
export type PromotionPath = (typeof promotionPaths)[number];

export const pathLabels: Record<PromotionPath, string> = {
  appraisal: '考核晋级',
  competition: '竞赛晋级',
  recognition: '破格/直接认定',
};

export const promotionStates = ['pending', 'approved', 'certified', 'rejected'] as const;
export type PromotionState = (typeof promotionStates)[number];

export const stateLabels: Record<PromotionState, string> = {
  pending: '待审核',
  approved: '已核准',
  certified: '已发证',
  rejected: '已驳回',
};

/** States that hold a year's competition slot: it is taken as soon as the proposal exists. */
export const slotHoldingStates: readonly PromotionState[] = ['pending', 'approved', 'certified'];

/** States whose grade the eligibility engine counts. */
export const grantedStates: readonly PromotionState[] = ['approved', 'certified'];

export type PromotionAction = 'approve' | 'reject' | 'certify' | 'revoke';

/** Why an action is not open to a promotion in a state, in words; null when it is. */
export function refusal(state: PromotionState, action: PromotionAction): string | null {
  const label = stateLabels[state];
  switch (action) {
    case 'approve':
    case 'reject':
      return state === 'pending'
        ? null
        : `该晋升记录${label}，只有待审核的记录可以${action === 'approve' ? '核准' : '驳回'}`;
    case 'certify':
      return state === 'approved' || state === 'certified' ? null : `该晋升记录${label}，核准后才能登记证书`;
    case 'revoke':
      return state === 'approved' || state === 'certified'
        ? null
        : `该晋升记录${label}，只有已核准或已发证的记录可以撤销`;
  }
}

/** The one calendar year a competition promotion counts in: the year the competition ended. */
export function slotYear(date: string): number {
  return Number(date.slice(0, 4));
}
