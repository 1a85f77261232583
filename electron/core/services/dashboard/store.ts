import type { Sqlite } from '../../db/open-database';
import type { dashboardCounters } from '../../db/schema';

type CounterRow = typeof dashboardCounters.$inferSelect;

/**
 * What each counter counts, from the rows: the definitions the triggers of migration 0019 keep
 * current, so that a recount can say whether the kept figures still agree with the tables.
 * Years are local calendar years: an instant's (created_at, result_published_at) or a date's.
 */
const definitions: { table: string; where: string; figure: string; part: string; year: string }[] = [
  { table: 'trainees', where: 'deleted_at IS NULL', figure: "'trainees'", part: "''", year: '0' },
  {
    table: 'trainees',
    where: 'deleted_at IS NULL',
    figure: "'trainees.registered'",
    part: "''",
    year: "CAST(strftime('%Y', created_at, 'localtime') AS INTEGER)",
  },
  { table: 'enterprises', where: 'deleted_at IS NULL', figure: "'enterprises'", part: "''", year: '0' },
  {
    table: 'job_types',
    where: 'deleted_at IS NULL AND retired_at IS NULL',
    figure: "'jobTypes.active'",
    part: "''",
    year: '0',
  },
  { table: 'cohorts', where: 'deleted_at IS NULL', figure: "'cohorts'", part: 'stage', year: '0' },
  {
    table: 'enrollments',
    where: 'deleted_at IS NULL AND result IS NOT NULL AND result_published_at IS NOT NULL',
    figure: "'results'",
    part: 'result',
    year: "CAST(strftime('%Y', result_published_at, 'localtime') AS INTEGER)",
  },
  {
    table: 'trainee_grades',
    where: 'deleted_at IS NULL',
    figure: "'grades'",
    part: 'source',
    year: 'CAST(substr(obtained_on, 1, 4) AS INTEGER)',
  },
  {
    table: 'certificates',
    where: "status = 'issued' AND deleted_at IS NULL",
    figure: "'certificates'",
    part: "''",
    year: 'CAST(substr(issued_on, 1, 4) AS INTEGER)',
  },
];

const recountSql = definitions
  .map(
    (d) =>
      `SELECT ${d.figure} AS figure, ${d.part} AS part, ${d.year} AS year, count(*) AS value FROM ${d.table} WHERE ${d.where} GROUP BY 2, 3`,
  )
  .join(' UNION ALL ');

/** The counters of one year and the ones that are not per year: one primary-key range per figure. */
export function countersOf(sqlite: Sqlite, year: number): Pick<CounterRow, 'figure' | 'part' | 'value'>[] {
  return sqlite
    .prepare('SELECT figure, part, value FROM dashboard_counters WHERE year IN (0, ?) AND value <> 0')
    .all(year) as Pick<CounterRow, 'figure' | 'part' | 'value'>[];
}

export interface CounterDifference {
  figure: string;
  part: string;
  year: number;
  kept: number;
  counted: number;
}

/** Recounts every figure from the rows (a scan of each table) and lists where the kept counters differ. */
export function counterDifferences(sqlite: Sqlite): CounterDifference[] {
  const key = (r: Pick<CounterRow, 'figure' | 'part' | 'year'>) => `${r.figure}\u0000${r.part}\u0000${r.year}`;
  const counted = new Map((sqlite.prepare(recountSql).all() as CounterRow[]).map((r) => [key(r), r]));
  const kept = new Map(
    (
      sqlite.prepare('SELECT figure, part, year, value FROM dashboard_counters WHERE value <> 0').all() as CounterRow[]
    ).map((r) => [key(r), r]),
  );
  const differences: CounterDifference[] = [];
  for (const k of new Set([...counted.keys(), ...kept.keys()])) {
    const row = counted.get(k) ?? kept.get(k)!;
    const [a, b] = [kept.get(k)?.value ?? 0, counted.get(k)?.value ?? 0];
    if (a !== b) differences.push({ figure: row.figure, part: row.part, year: row.year, kept: a, counted: b });
  }
  return differences;
}

/**
 * Sets every counter to its recount. For bulk writers that set the triggers aside (the demo base):
 * one recount at the end instead of a counter update per row.
 */
export function recountCounters(sqlite: Sqlite): void {
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM dashboard_counters');
    sqlite.exec(`INSERT INTO dashboard_counters (figure, part, year, value) ${recountSql}`);
  })();
}
