import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The dashboard's figures, kept current by triggers in the same transaction as each change (see
 * migration 0019 and electron/core/services/dashboard/store.ts), so that reading them costs the
 * same at 500 trainees as at 500,000: one row per figure, breakdown and year.
 */
export const dashboardCounters = sqliteTable(
  'dashboard_counters',
  {
    /** trainees · trainees.registered · enterprises · jobTypes.active · cohorts · results · grades · certificates */
    figure: text('figure').notNull(),
    /** The breakdown within the figure (a stage, a result, a grade source), '' when there is none. */
    part: text('part').notNull(),
    /** The local calendar year the rows fall in; 0 for a figure that is not per year. */
    year: integer('year').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.figure, t.part, t.year] })],
);
