import type { TraineeFilter } from '../../../../shared/contract/trainee-filter';
import type { TraineeCursor } from '../../../../shared/contract/trainees';
import type { Sqlite } from '../../db/open-database';
import type { AreaHandlers } from '../../router';
import { rowColumns, toRow, type RawRow } from './rows';
import { searchKind, traineeWhere, type SqlPart } from './search';

/** Above this many matches, walking the pinyin index in order finds a page sooner than sorting the matches. */
const denseMatches = 5_000;

/**
 * Two plans for one page, chosen per query because there are no statistics to choose by:
 * few matches → collect them through the search indexes and sort (cheap when few);
 * many matches spread over the alphabet (a district, an enterprise name, an ID fragment) →
 * walk the pinyin index in order and stop at the page's end. Pinyin and initials searches
 * cluster in pinyin order, so they always collect: a walk would cross the whole alphabet first.
 */
function walksInOrder(sqlite: Sqlite, filter: TraineeFilter, where: SqlPart): boolean {
  if (searchKind(filter.search) === 'letters') return false;
  const probe = sqlite.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM trainees t WHERE ${where.sql} LIMIT ${denseMatches})`);
  return (probe.get(...where.params) as { n: number }).n >= denseMatches;
}

/** The SQL of one page, after choosing the plan (the bench runs it bare to show the service's overhead). */
export function planPage(sqlite: Sqlite, filter: TraineeFilter, after: TraineeCursor | null, limit: number): SqlPart {
  const where = traineeWhere(filter);
  const keyset = after ? ' AND (t.name_pinyin, t.id) > (?, ?)' : '';
  const indexed = walksInOrder(sqlite, filter, where) ? 'INDEXED BY trainees_pinyin' : '';
  return {
    sql: `SELECT ${rowColumns} FROM trainees t ${indexed} LEFT JOIN enterprises e ON e.id = t.enterprise_id
          WHERE ${where.sql}${keyset} ORDER BY t.name_pinyin, t.id LIMIT ?`,
    params: [...where.params, ...(after ? [after.pinyin, after.id] : []), limit],
  };
}

export const listHandlers: Pick<AreaHandlers<'trainees'>, 'trainees.list' | 'trainees.count'> = {
  'trainees.list': ({ filter, after, limit }, ctx) => {
    const page = planPage(ctx.sqlite, filter, after, limit);
    const raws = ctx.sqlite.prepare(page.sql).all(...page.params) as RawRow[];
    const last = raws.length === limit ? raws[raws.length - 1]! : null;
    return { rows: raws.map(toRow), next: last ? { pinyin: last.pinyin, id: last.id } : null };
  },

  'trainees.count': ({ filter }, ctx) => {
    const where = traineeWhere(filter);
    return { total: (ctx.sqlite.prepare(`SELECT count(*) AS n FROM trainees t WHERE ${where.sql}`).get(...where.params) as { n: number }).n };
  },
};
