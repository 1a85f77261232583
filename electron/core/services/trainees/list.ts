import type { TraineeFilter } from '../../../../shared/contract/trainee-filter';
import type { TraineeCursor } from '../../../../shared/contract/trainees';
import type { Sqlite } from '../../db/open-database';
import type { AreaHandlers } from '../../router';
import { rowColumns, toRow, type RawRow } from './rows';
import { searchKind, traineeWhere, type SqlPart } from './search';

/** How far along the pinyin index a page may walk before the other plan takes over. */
const walkBudget = 20_000;

/**
 * One page, by one of two plans (there are no statistics to choose by, so the cheap one goes first):
 * walk — take the next `walkBudget` entries of the pinyin index in order and keep the matches; it
 *   fills a page in ~10–25 ms whenever matches are spread over the alphabet (a district, an
 *   enterprise name, an ID fragment, no filter at all);
 * collect — gather the matches through the search indexes and sort them; cheap when they are few.
 * The walk's page stands when it is full or reached the end of the index; otherwise collect runs.
 * Pinyin and initials searches cluster in pinyin order, so they collect straight away.
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
  if (searchKind(filter.search) !== 'letters') {
    const walk: SqlPart = {
      sql: `SELECT ${rowColumns} FROM (
              SELECT rowid AS rid FROM trainees INDEXED BY trainees_pinyin ${after ? 'WHERE (name_pinyin, id) > (?, ?)' : ''}
              ORDER BY name_pinyin, id LIMIT ${budget}
            ) w CROSS JOIN trainees t ON t.rowid = w.rid LEFT JOIN enterprises e ON e.id = t.enterprise_id
            WHERE ${where.sql} ORDER BY t.name_pinyin, t.id LIMIT ?`,
      params: [...cursor, ...where.params, limit],
    };
    const rows = sqlite.prepare(walk.sql).all(...walk.params) as RawRow[];
    if (rows.length === limit || !walkedFullBudget(sqlite, after, budget)) return { rows, plan: walk };
  }
  const collect: SqlPart = {
    sql: `SELECT ${rowColumns} FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id
          WHERE ${where.sql}${after ? ' AND (t.name_pinyin, t.id) > (?, ?)' : ''} ORDER BY t.name_pinyin, t.id LIMIT ?`,
    params: [...where.params, ...cursor, limit],
  };
  return { rows: sqlite.prepare(collect.sql).all(...collect.params) as RawRow[], plan: collect };
}

/** Whether more of the index lies beyond the walk's budget (if not, the walk saw every remaining row). */
function walkedFullBudget(sqlite: Sqlite, after: TraineeCursor | null, budget: number): boolean {
  const beyond = sqlite.prepare(
    `SELECT 1 FROM trainees INDEXED BY trainees_pinyin ${after ? 'WHERE (name_pinyin, id) > (?, ?)' : ''} ORDER BY name_pinyin, id LIMIT 1 OFFSET ${budget}`,
  );
  return beyond.get(...(after ? [after.pinyin, after.id] : [])) !== undefined;
}

export const listHandlers: Pick<AreaHandlers<'trainees'>, 'trainees.list' | 'trainees.count'> = {
  'trainees.list': ({ filter, after, limit }, ctx) => {
    const { rows } = listPage(ctx.sqlite, filter, after, limit);
    const last = rows.length === limit ? rows[rows.length - 1]! : null;
    return { rows: rows.map(toRow), next: last ? { pinyin: last.pinyin, id: last.id } : null };
  },

  'trainees.count': ({ filter }, ctx) => {
    const where = traineeWhere(filter);
    return { total: (ctx.sqlite.prepare(`SELECT count(*) AS n FROM trainees t WHERE ${where.sql}`).get(...where.params) as { n: number }).n };
  },
};
