import type { PromotionEvidence, PromotionRow } from '@shared/contract/promotions';
import { gradeLabel } from '@shared/domain/grades';

/** The evidence a promotion rests on, in the clerk's words. */
export function evidenceText(evidence: PromotionEvidence): string {
  switch (evidence.kind) {
    case 'appraisal':
      return `${evidence.cohortName} ${evidence.publishedOn} 公布鉴定合格`;
    case 'competition':
      return `${evidence.competitionName}${evidence.rank === null ? '' : ` 第 ${evidence.rank} 名`}${evidence.rule ? `（规则：${evidence.rule}）` : ''}`;
    case 'recognition':
      return `${evidence.issuingBody} ${evidence.documentNo}（${evidence.documentDate}）`;
  }
}

/** "无 → 三级/高级工". */
export function gradeStepText(row: Pick<PromotionRow, 'fromGrade' | 'toGrade'>): string {
  return `${row.fromGrade === null ? '无' : gradeLabel(row.fromGrade)} → ${gradeLabel(row.toGrade)}`;
}

export const stateColors = { pending: 'orange', approved: 'teal', certified: 'blue', rejected: 'gray' } as const;
