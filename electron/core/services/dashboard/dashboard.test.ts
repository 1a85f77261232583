import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@shared/contract/infra/roles';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedCatalogAndTrainees } from '../../testing/cohort-fixtures';

let core: TestCore;
let seed: ReturnType<typeof seedCatalogAndTrainees>;
const reviewer: Actor = { id: 'clerk-2', name: '业务员乙', role: 'clerk' };

beforeEach(() => {
  core = createTestCore({ clock: { now: () => new Date('2026-05-01T02:00:00Z') } });
  seed = seedCatalogAndTrainees(core.databasePath, 3);
});
afterEach(() => core.dispose());

/** A cohort of the seeded trainees taken to 已鉴定 with marks: pass, fail, absent. */
async function appraisedCohort() {
  const cohort = await call(core, 'cohorts.create', {
    name: '2026年第3期 电工 四级',
    jobTypeId: seed.jobTypeId,
    grade: 4,
    capacity: 10,
    startDate: '2026-03-01',
    requiredHours: 12,
  });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'training' });
  await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-03-02', hours: 12 });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'awaiting' });
  const [pass, fail, absent] = (await call(core, 'cohorts.enrollments', { cohortId: cohort.id })).map((r) => r.id);
  const marks = (enrollmentId: string, theory: string, practical: string) => [
    { enrollmentId, part: 'theory' as const, text: theory },
    { enrollmentId, part: 'practical' as const, text: practical },
  ];
  await call(core, 'cohorts.saveMarks', {
    cohortId: cohort.id,
    entries: [...marks(pass!, '80', '75'), ...marks(fail!, '40', '70'), ...marks(absent!, '缺考', '缺考')],
  });
  await call(core, 'cohorts.confirmMarks', { cohortId: cohort.id }, reviewer);
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'appraised' });
  return { cohort, passedEnrollment: pass! };
}

describe('dashboard.summary', () => {
  it('counts a fresh base as zeros, every stage shown, no pass rate yet', async () => {
    const summary = await call(core, 'dashboard.summary', {});
    expect(summary.year).toBe(2026);
    expect(summary.cohortsByStage.map((s) => [s.label, s.cohorts])).toEqual([
      ['筹备', 0],
      ['报名', 0],
      ['培训中', 0],
      ['待鉴定', 0],
      ['已鉴定', 0],
      ['已结业', 0],
    ]);
    expect(summary.appraisals).toEqual({ sat: 0, passed: 0, absent: 0, passRate: null });
    expect(summary.certificatesIssued).toBe(0);
  });

  it('counts trainees (this year apart), enterprises and the job types still in use', async () => {
    const lastYear = new Database(core.databasePath);
    const first17 = '35058219850101123';
    lastYear
      .prepare(
        `INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, id_number, sex, birth_date) VALUES ('old', '2025-06-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z', '旧学员', 'jiuxueyuan', 'jxy', ?, 'female', '1985-01-01')`,
      )
      .run(first17 + residentIdCheckCharacter(first17));
    lastYear.close();
    const before = await call(core, 'dashboard.summary', {});
    const enterprise = await call(core, 'enterprises.create', {
      name: '晋江恒安鞋业有限公司',
      creditCode: '',
      industry: '鞋业',
      district: '晋江市',
      contactName: '',
      contactPhone: '',
    });
    const id = '35058219900102123';
    await call(core, 'trainees.create', {
      name: '张三',
      idNumber: id + residentIdCheckCharacter(id),
      phone: '',
      education: '',
      enterpriseId: enterprise.id,
      jobTitle: '',
      workStartDate: null,
    });
    await call(core, 'jobTypes.retire', { id: seed.jobTypeId });
    const after = await call(core, 'dashboard.summary', {});
    expect(before.trainees).toEqual({ total: 4, registeredThisYear: 3 });
    expect(after.trainees).toEqual({ total: 5, registeredThisYear: 4 });
    expect(after.enterprises).toBe(before.enterprises + 1);
    expect(after.activeJobTypes).toBe(before.activeJobTypes - 1);
  });

  it('counts cohorts by stage, this year’s published results and pass rate, promotions by source and live certificates', async () => {
    const { passedEnrollment } = await appraisedCohort();
    await call(core, 'cohorts.create', {
      name: '2026年第4期 电工 五级',
      jobTypeId: seed.jobTypeId,
      grade: 5,
      capacity: 10,
      startDate: '2026-06-01',
      requiredHours: 12,
    });
    const held = (obtainedOn: string, source: 'competition' | 'recognition' | 'record' | 'appraisal') =>
      call(core, 'eligibility.addHeldGrade', {
        traineeId: seed.traineeIds[1]!,
        jobTypeId: seed.jobTypeId,
        grade: 3,
        obtainedOn,
        source,
      });
    await held('2026-03-01', 'competition');
    await held('2026-04-01', 'recognition');
    await held('2026-04-02', 'appraisal');
    await held('2026-02-01', 'record');
    await held('2025-12-31', 'competition');
    const [certificate] = await call(core, 'certificates.issue', {
      templateId: 'default-completion-a4',
      issueDate: '2026-05-02',
      enrollmentIds: [passedEnrollment],
    });

    const summary = await call(core, 'dashboard.summary', {});
    expect(summary.cohortsByStage.filter((s) => s.cohorts).map((s) => [s.label, s.cohorts])).toEqual([
      ['筹备', 1],
      ['已鉴定', 1],
    ]);
    expect(summary.appraisals).toEqual({ sat: 2, passed: 1, absent: 1, passRate: 0.5 });
    // The cohort's published pass is a promotion by appraisal, as is the one registered by hand.
    expect(summary.promotions).toEqual({ appraisal: 2, competition: 1, recognition: 1 });
    expect(summary.certificatesIssued).toBe(1);

    await call(core, 'certificates.void', { certificateId: certificate!.id, reason: '信息有误' });
    expect((await call(core, 'dashboard.summary', {})).certificatesIssued).toBe(0);
  });
});
