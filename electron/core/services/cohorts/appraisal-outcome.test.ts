import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@shared/contract/infra/roles';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedCatalogAndTrainees } from '../../testing/cohort-fixtures';

/**
 * From a cohort's published results to what the rest of the base relies on: the grade history
 * (eligibility, catalog counts, dashboard) and the certificate's printed hours and date.
 */
let core: TestCore;
let seed: ReturnType<typeof seedCatalogAndTrainees>;
const clerk: Actor = { id: 'clerk-1', name: '业务员甲', role: 'clerk' };
const completion = 'default-completion-a4';

beforeEach(() => {
  core = createTestCore({ clock: { now: () => new Date('2026-12-02T02:00:00Z') } });
  seed = seedCatalogAndTrainees(core.databasePath, 3);
});
afterEach(() => core.dispose());

/** 16 hours in two sessions; the second trainee misses one (8 of 16) and is admitted by the administrator. */
async function publishedCohort() {
  const cohort = await call(core, 'cohorts.create', {
    name: '2026年第9期 电工 五级',
    jobTypeId: seed.jobTypeId,
    grade: 5,
    capacity: 10,
    requiredHours: 16,
    startDate: '2026-11-01',
    endDate: '2026-12-20',
  });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds.slice(0, 2) });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'training' });
  await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-11-02', hours: 8 });
  const second = await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-11-03', hours: 8 });
  const [full, short] = await call(core, 'cohorts.enrollments', { cohortId: cohort.id });
  await call(core, 'cohorts.setExceptions', {
    sessionId: second.id,
    exceptions: [{ enrollmentId: short!.id, status: 'absent' }],
  });
  await call(core, 'cohorts.waiveHours', { enrollmentId: short!.id, reason: '因公出差，已补课并考核' });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'awaiting' });
  await call(
    core,
    'cohorts.saveMarks',
    {
      cohortId: cohort.id,
      entries: [full!, short!].flatMap((e) => [
        { enrollmentId: e.id, part: 'theory' as const, text: '80' },
        { enrollmentId: e.id, part: 'practical' as const, text: '75' },
      ]),
    },
    clerk,
  );
  await call(core, 'cohorts.confirmMarks', { cohortId: cohort.id });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'appraised' });
  return { cohort, full: full!, short: short! };
}

function gradeRows(traineeId: string) {
  const db = new Database(core.databasePath, { readonly: true });
  const rows = db
    .prepare(
      'SELECT grade, source, obtained_on AS obtainedOn, deleted_at AS deletedAt, enrollment_id AS enrollmentId FROM trainee_grades WHERE trainee_id = ? ORDER BY created_at',
    )
    .all(traineeId);
  db.close();
  return rows as {
    grade: number;
    source: string;
    obtainedOn: string;
    deletedAt: string | null;
    enrollmentId: string | null;
  }[];
}

describe('a published pass enters the grade history', () => {
  it('writes the grade when results are published, so the trainee page, eligibility and dashboard see it', async () => {
    const { full } = await publishedCohort();
    const page = await call(core, 'eligibility.forTrainee', { traineeId: full.traineeId });
    const line = page.lines.find((l) => l.jobTypeId === seed.jobTypeId)!;
    expect(line.currentGrade).toBe(5);
    expect(page.history.map((h) => [h.grade, h.source, h.obtainedOn, h.cohortName])).toEqual([
      [5, 'appraisal', '2026-12-02', '2026年第9期 电工 五级'],
    ]);
    const summary = await call(core, 'dashboard.summary', {});
    expect(summary.promotions.appraisal).toBe(2);
    const removal = await core.dispatch('eligibility.removeHeldGrade', { id: page.history[0]!.id });
    expect(!removal.ok && removal.error.message).toContain('来自培训班公布的鉴定结果');
  });

  it('follows a published result that a correction or a resit changes, without duplicates', async () => {
    const { cohort, full } = await publishedCohort();
    await call(core, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [{ enrollmentId: full.id, part: 'practical', text: '40' }],
      reason: '复核发现实操评分表漏扣分',
    });
    expect(gradeRows(full.traineeId).filter((g) => g.deletedAt === null)).toEqual([]);
    await call(core, 'cohorts.recordResit', { enrollmentId: full.id, part: 'practical', text: '70', reason: '' });
    const live = gradeRows(full.traineeId).filter((g) => g.deletedAt === null);
    expect(live.map((g) => [g.grade, g.source, g.enrollmentId])).toEqual([[5, 'appraisal', full.id]]);
    expect(gradeRows(full.traineeId)).toHaveLength(2);
  });
});

describe('certificates print what the record says', () => {
  it('prints the hours each trainee attended, and the programme hours as their own value', async () => {
    const { full, short } = await publishedCohort();
    const issued = await call(core, 'certificates.issue', {
      templateId: completion,
      issueDate: '2026-12-21',
      enrollmentIds: [full.id, short.id],
    });
    const db = new Database(core.databasePath, { readonly: true });
    const printed = issued.map(
      (c) =>
        JSON.parse(
          (db.prepare('SELECT printed_values AS v FROM certificates WHERE id = ?').get(c.id) as { v: string }).v,
        ) as Record<string, string>,
    );
    db.close();
    expect(printed.map((v) => [v.trainingHours, v.programmeHours])).toEqual([
      ['16', '16'],
      ['8', '16'],
    ]);
  });

  it('refuses a certificate dated before the training ends; an administrator may issue it early with a recorded reason', async () => {
    const { full, short } = await publishedCohort();
    const early = await core.dispatch('certificates.issue', {
      templateId: completion,
      issueDate: '2026-12-02',
      enrollmentIds: [full.id],
    });
    expect(!early.ok && early.error.message).toContain('培训结束日期 2026-12-20');
    const byClerk = await core.dispatch(
      'certificates.issue',
      {
        templateId: completion,
        issueDate: '2026-12-02',
        enrollmentIds: [full.id],
        earlyIssueReason: '学员随企业外派，需提前发证',
      },
      clerk,
    );
    expect(!byClerk.ok && byClerk.error.message).toContain('管理员');
    const [certificate] = await call(core, 'certificates.issue', {
      templateId: completion,
      issueDate: '2026-12-02',
      enrollmentIds: [short.id],
      earlyIssueReason: '学员随企业外派，需提前发证',
    });
    const [record] = await call(core, 'certificates.history', { traineeId: short.traineeId });
    expect(record!.number).toBe(certificate!.number);
    expect(record!.events[0]).toMatchObject({
      action: 'issue',
      reason: '提前发证（培训结束日期 2026-12-20）：学员随企业外派，需提前发证',
    });
    const audit = await call(core, 'system.listAudit', { limit: 5 });
    expect(audit.entries.some((r) => r.summary.includes('提前发证'))).toBe(true);
  });
});
