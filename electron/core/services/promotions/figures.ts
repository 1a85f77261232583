import type { PromotionSummary } from '../../../../shared/contract/promotions';
import type { HandlerContext } from '../../context';
import * as store from './store';

/** The dashboard's figures in the seed's terms: promotions by path and year, competitions, their promotions and honours. */
export function promotionSummary(ctx: HandlerContext): PromotionSummary {
  const year = Number(ctx.today.slice(0, 4));
  const byYear = new Map<number, PromotionSummary['byYear'][number]>();
  for (const row of store.grantedByYearAndPath(ctx)) {
    const entry = byYear.get(row.year) ?? { year: row.year, appraisal: 0, competition: 0, recognition: 0 };
    entry[row.path] += row.n;
    byYear.set(row.year, entry);
  }
  return {
    byYear: [...byYear.values()].sort((a, b) => b.year - a.year),
    pending: store.pendingCount(ctx),
    competitionsThisYear: store.competitionsInYear(ctx, year),
    competitionPromotionsThisYear: byYear.get(year)?.competition ?? 0,
    honoursThisYear: store.honoursInYear(ctx, year),
  };
}
