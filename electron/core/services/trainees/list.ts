import type { TraineeFilter } from '@shared/contract/trainees/filter';
import type { TraineeCursor } from '@shared/contract/trainees';
import type { Sqlite } from '../../db/open-database';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { rowColumns, toRow, type RawRow } from './rows';
import {
  describeFilter,
  digitsMatch,
  enterpriseNameLike,
  searchKind,
  searchText,
  traineeWhere,
  type SqlPart,
} from './search';

/** How many entries of the pinyin index a page may walk before the other plan takes over. */
const walkBudget = 10_000;

/**
 * One page, by one of two plans (there are no statistics to choose by, so the cheap one goes first):
 * walk — read the pinyin index in order from the cursor, keep the matches, stop at a full page or
 *   after `budget` entries; it fills a page in a few ms whenever matches are spread over the
 *   alphabet (no filter, a district, an enterprise name, an ID fragment) — down to 1 in 100 rows;
 * collect — gather the matches through the search indexes and sort them; cheap when they are few.
 * prefersWalk guesses from cheap capped counts; when a walk comes up short before the end of the
 * index, collect runs after all.
 * Returns the rows and the SQL that produced them (the bench reruns it bare).
 */
export function listPage(
  sqlite: Sqlite,
  filter: TraineeFilter,
  after: TraineeCursor | null,
  limit: number,
  budget = walkBudget,
): { rows: RawRow[]; plan: SqlPart } {
  const where = traineeWhere(filter);
  const cursor = after ? [after.pinyin, after.id] : [];
  const fromCursor = after ? ' AND (t.name_pinyin, t.id) > (?, ?)' : '';
  if (prefersWalk(sqlite, filter)) {
    const bound = walkBound(sqlite, after, budget);
    const walk: SqlPart = {
      sql: `SELECT ${rowColumns} FROM trainees t INDEXED BY trainees_pinyin LEFT JOIN enterprises e ON e.id = t.enterprise_id
            WHERE ${where.sql}${fromCursor}${bound ? ' AND (t.name_pinyin, t.id) <= (?, ?)' : ''} ORDER BY t.name_pinyin, t.id LIMIT ?`,
      params: [...where.params, ...cursor, ...(bound ? [bound.pinyin, bound.id] : []), limit],
    };
    const rows = sqlite.prepare(walk.sql).all(...walk.params) as RawRow[];
    if (rows.length === limit || !bound) return { rows, plan: walk };
  }
  const collect: SqlPart = {
    sql: `SELECT ${rowColumns} FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id
          WHERE ${where.sql}${fromCursor} ORDER BY t.name_pinyin, t.id LIMIT ?`,
    params: [...where.params, ...cursor, limit],
  };
  return { rows: sqlite.prepare(collect.sql).all(...collect.params) as RawRow[], plan: collect };
}

/** Matches beyond this many (capped count) are dense enough to walk for. */
const denseMatches = 2_000;

function prefersWalk(sqlite: Sqlite, filter: TraineeFilter): boolean {
  // One enterprise: its index (enterprise_id, name_pinyin, id) already yields pinyin order.
  if (filter.enterpriseId) return false;
  const text = searchText(filter.search);
  const capped = (sql: string, param: string) =>
    (sqlite.prepare(`SELECT count(*) AS n FROM (${sql} LIMIT ${denseMatches})`).get(param) as { n: number }).n >=
    denseMatches;
  switch (searchKind(filter.search)) {
    case 'none':
      return true;
    case 'letters':
      // Pinyin and initials cluster in pinyin order: a walk would cross the alphabet first.
      return false;
    case 'digits':
      return (
        text.length < 3 ||
        capped('SELECT 1 FROM trainee_digit_search WHERE trainee_digit_search MATCH ?', digitsMatch(text))
      );
    case 'text':
      // The name prefix clusters like pinyin; only many enterprise matches are spread out.
      return capped(
        "SELECT 1 FROM trainees WHERE enterprise_id IN (SELECT id FROM enterprises WHERE name LIKE ? ESCAPE '\\' AND deleted_at IS NULL)",
        enterpriseNameLike(text),
      );
  }
}

/** The key `budget` entries past the cursor (read from the index alone), or null near the end. */
function walkBound(sqlite: Sqlite, after: TraineeCursor | null, budget: number): TraineeCursor | null {
  const bound = sqlite
    .prepare(
      `SELECT name_pinyin AS pinyin, id FROM trainees INDEXED BY trainees_pinyin ${after ? 'WHERE (name_pinyin, id) > (?, ?)' : ''}
       ORDER BY name_pinyin, id LIMIT 1 OFFSET ${budget - 1}`,
    )
    .get(...(after ? [after.pinyin, after.id] : [])) as TraineeCursor | undefined;
  return bound ?? null;
}

/** How many trainees the filter selects (the list's total, an export's 100%). */
export function countTrainees(ctx: HandlerContext, filter: TraineeFilter): number {
  const where = traineeWhere(filter);
  return (
    ctx.sqlite.prepare(`SELECT count(*) AS n FROM trainees t WHERE ${where.sql}`).get(...where.params) as { n: number }
  ).n;
}

export const listHandlers: Pick<
  AreaHandlers<'trainees'>,
  'trainees.list' | 'trainees.count' | 'trainees.matchingIds'
> = {
  'trainees.list': ({ filter, after, limit }, ctx) => {
    const { rows } = listPage(ctx.sqlite, filter, after, limit);
    // One entry per opening of the list (its first page), not per page scrolled.
    if (after === null)
      ctx.audit({ recordIds: [], summary: `查看学员名单${describeFilter(filter)}（身份证号已遮蔽）` });
    const last = rows.length === limit ? rows[rows.length - 1]! : null;
    return { rows: rows.map(toRow), next: last ? { pinyin: last.pinyin, id: last.id } : null };
  },

  'trainees.count': ({ filter }, ctx) => ({ total: countTrainees(ctx, filter) }),

  'trainees.matchingIds': ({ filter, limit }, ctx) => {
    const where = traineeWhere(filter);
    const ids = ctx.sqlite
      .prepare(`SELECT t.id FROM trainees t WHERE ${where.sql} ORDER BY t.name_pinyin, t.id LIMIT ?`)
      .pluck()
      .all(...where.params, limit + 1) as string[];
    return { ids: ids.slice(0, limit), truncated: ids.length > limit };
  },
};
