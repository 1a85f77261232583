import type { AreaHandlers } from '../../router';
import { checkImportRows } from '../trainees/import-rows';
import { importHandlers } from '../trainees/import';
import { enrollTrainees, checkTrainees } from './enroll';
import { requireCohort } from './facts';

type Handlers = Pick<AreaHandlers<'cohorts'>, 'cohorts.previewSignUpSheet' | 'cohorts.importSignUpSheet'>;

/**
 * A sign-up sheet is a trainee roster: it goes through the trainee import (same reader, same
 * checks, new trainees created, known ones updated), then every valid row is enrolled.
 */
export const signUpHandlers: Handlers = {
  'cohorts.previewSignUpSheet': ({ cohortId, ...rows }, ctx) => {
    const cohort = requireCohort(ctx, cohortId);
    const checked = checkImportRows(ctx, rows);
    const known = checked.rows.filter((r) => r.existingId !== null && r.status !== 'error').map((r) => r.existingId!);
    return {
      rows: checked.rows.length,
      newTrainees: checked.rows.filter((r) => r.status === 'new').length,
      issues: checked.rows
        .filter((r) => r.status === 'error')
        .flatMap((r) =>
          r.errors.map((e) => ({
            field: e.column,
            row: r.rowNumber,
            column: e.column,
            message: `第 ${r.rowNumber} 行，${e.column}：${e.message}`,
          })),
        ),
      checks:
        known.length === 0 ? [] : checkTrainees(ctx, cohort, known).map(({ appraisalKind: _kind, ...check }) => check),
    };
  },

  'cohorts.importSignUpSheet': ({ cohortId, overrides, ...rows }, ctx) => {
    requireCohort(ctx, cohortId);
    const { created } = importHandlers['trainees.commitImport'](rows, ctx);
    const idNumbers = checkImportRows(ctx, rows).rows.flatMap((r) =>
      r.values && r.status !== 'error' ? [r.values.idNumber] : [],
    );
    const byIdNumber = ctx.sqlite.prepare('SELECT id FROM trainees WHERE id_number = ? AND deleted_at IS NULL');
    const traineeIds = idNumbers.flatMap((n) => {
      const row = byIdNumber.get(n) as { id: string } | undefined;
      return row ? [row.id] : [];
    });
    if (traineeIds.length === 0) return { enrolled: 0, refused: [], newTrainees: created };
    const { admittedIds: _ids, ...outcome } = enrollTrainees(ctx, cohortId, traineeIds, overrides);
    return { ...outcome, newTrainees: created };
  },
};
