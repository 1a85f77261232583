/**
 * Maker-checker (一人申请，另一人审核): a stocktake adjustment or a destruction batch takes effect
 * only when someone other than the person who made it confirms it, and only once.
 */
export type ReviewStatus = 'pending' | 'approved' | 'rejected';
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

export function reviewRefusal(status: ReviewStatus, makerId: string, checkerId: string, what: string): string | null {
  if (status !== 'pending') return `这份${what}已${reviewStatusLabels[status].slice(1)}，不能再次审核`;
  if (makerId === checkerId) return `${what}须由另一位工作人员审核，提交人不能审核自己的${what}`;
  return null;
}
