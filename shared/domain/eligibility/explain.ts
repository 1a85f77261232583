import { gradeLabel } from '../grades';
import { describeWait } from './calendar';
import type { EligibilityDecision } from './types';

/**
 * The one line a clerk reads, e.g. "可申报 三级/高级工（取得四级证书后满5年）" or
 * "2027-03-01 起可申报 三级/高级工（取得四级证书后满5年，还差 1 年 4 个月）".
 */
export function explainDecision(decision: EligibilityDecision, today: string): string {
  const label = gradeLabel(decision.grade);
  switch (decision.status) {
    case 'held':
      return `已取得 ${label}`;
    case 'eligible':
      return `可申报 ${label}（${decision.route.description}${decision.route.unverified ? '，该条件待核实' : ''}）`;
    case 'waiting':
      return `${decision.earliest} 起可申报 ${label}（${decision.route.description}，还差 ${describeWait(today, decision.earliest)}）`;
    case 'undecidable':
      return `无法判断能否申报 ${label}：缺少${decision.missingFacts.join('、')}`;
    case 'ineligible':
      return `暂不具备 ${label} 申报条件`;
  }
}
