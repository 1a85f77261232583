import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Actor } from '@shared/contract/infra/roles';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedCatalogAndTrainees } from '../../testing/cohort-fixtures';
import { counterDifferences, recountCounters } from './store';

/**
 * The dashboard reads kept counters only; these follow a base through every kind of change and,
 * after each, recount the figures from the rows: the kept ones must agree, and the dashboard moves.
 */
let core: TestCore;
let seed: ReturnType<typeof seedCatalogAndTrainees>;
let db: Database.Database;
const reviewer: Actor = { id: 'clerk-2', name: '业务员乙', role: 'clerk' };

beforeEach(() => {
  core = createTestCore({ clock: { now: () => new Date('2026-05-01T02:00:00Z') } });
  seed = seedCatalogAndTrainees(core.databasePath, 5);
  db = new Database(core.databasePath, { readonly: true });
});
afterEach(() => {
  db.close();
  core.dispose();
});

async function agreesAfter<T>(change: () => Promise<T>): Promise<T> {
  const value = await change();
  expect(counterDifferences(db)).toEqual([]);
  return value;
}
const dashboard = () => call(core, 'dashboard.summary', {});

it('agree with a recount after enroll, withdraw, marks, publish, certificate issue and void, grade add and remove, trainee delete', async () => {
  expect(counterDifferences(db)).toEqual([]);
  expect((await dashboard()).trainees.total).toBe(5);
  const cohort = await agreesAfter(() =>
    call(core, 'cohorts.create', {
      name: '2026年第3期 电工 四级',
      jobTypeId: seed.jobTypeId,
      grade: 4,
      capacity: 10,
      startDate: '2026-03-01',
      requiredHours: 12,
    }),
  );
  expect((await dashboard()).cohortsByStage.find((s) => s.stage === 'planning')!.cohorts).toBe(1);
  await agreesAfter(() => call(core, 'cohorts.moveStage', { id: cohort.id, to: 'enrolling' }));
  await agreesAfter(() =>
    call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds.slice(0, 4) }),
  );
  const [pass, fail, absent, leaving] = (await call(core, 'cohorts.enrollments', { cohortId: cohort.id })).map(
    (r) => r.id,
  );
  await agreesAfter(() => call(core, 'cohorts.withdraw', { enrollmentId: leaving!, reason: '调岗' }));
  await agreesAfter(() => call(core, 'cohorts.moveStage', { id: cohort.id, to: 'training' }));
  await agreesAfter(() => call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-03-02', hours: 12 }));
  await agreesAfter(() => call(core, 'cohorts.moveStage', { id: cohort.id, to: 'awaiting' }));
  const marks = (enrollmentId: string, theory: string, practical: string) => [
    { enrollmentId, part: 'theory' as const, text: theory },
    { enrollmentId, part: 'practical' as const, text: practical },
  ];
  await agreesAfter(() =>
    call(core, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [...marks(pass!, '80', '75'), ...marks(fail!, '40', '70'), ...marks(absent!, '缺考', '缺考')],
    }),
  );
  await agreesAfter(() => call(core, 'cohorts.confirmMarks', { cohortId: cohort.id }, reviewer));
  expect((await dashboard()).appraisals.sat).toBe(0);
  await agreesAfter(() => call(core, 'cohorts.moveStage', { id: cohort.id, to: 'appraised' }));
  const published = await dashboard();
  expect(published.appraisals).toEqual({ sat: 2, passed: 1, absent: 1, passRate: 0.5 });
  expect(published.promotions.appraisal).toBe(1);
  expect(published.cohortsByStage.find((s) => s.stage === 'appraised')!.cohorts).toBe(1);

  const [certificate] = await agreesAfter(() =>
    call(core, 'certificates.issue', {
      templateId: 'default-completion-a4',
      issueDate: '2026-05-01',
      enrollmentIds: [pass!],
    }),
  );
  expect((await dashboard()).certificatesIssued).toBe(1);
  await agreesAfter(() => call(core, 'certificates.void', { certificateId: certificate!.id, reason: '信息有误' }));
  expect((await dashboard()).certificatesIssued).toBe(0);

  const held = await agreesAfter(() =>
    call(core, 'eligibility.addHeldGrade', {
      traineeId: seed.traineeIds[4]!,
      jobTypeId: seed.jobTypeId,
      grade: 3,
      obtainedOn: '2026-04-01',
      source: 'competition',
    }),
  );
  expect((await dashboard()).promotions.competition).toBe(1);
  await agreesAfter(() => call(core, 'eligibility.removeHeldGrade', { id: held.id }));
  expect((await dashboard()).promotions.competition).toBe(0);

  await agreesAfter(() => call(core, 'trainees.delete', { id: seed.traineeIds[4]! }));
  expect((await dashboard()).trainees).toEqual({ total: 4, registeredThisYear: 4 });
});

it('the recount finds a counter that no longer agrees with the rows, and recounting sets it right', () => {
  const writer = new Database(core.databasePath);
  writer.prepare("UPDATE dashboard_counters SET value = value + 2 WHERE figure = 'trainees'").run();
  expect(counterDifferences(writer)).toEqual([{ figure: 'trainees', part: '', year: 0, kept: 7, counted: 5 }]);
  recountCounters(writer);
  expect(counterDifferences(writer)).toEqual([]);
  writer.close();
});
