import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '@shared/contract';
import type { Actor } from '@shared/contract/infra/roles';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedCatalogAndTrainees } from '../../testing/cohort-fixtures';

let core: TestCore;
let seed: ReturnType<typeof seedCatalogAndTrainees>;
const clerk: Actor = { id: 'clerk-1', name: '业务员甲', role: 'clerk' };
const reviewer: Actor = { id: 'clerk-2', name: '业务员乙', role: 'clerk' };

async function as<C extends Channel>(actor: Actor, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await core.dispatch(channel, input, actor);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<C>;
}
async function failure(channel: Channel, input: unknown, actor?: Actor): Promise<string> {
  const result = await core.dispatch(channel, input, actor);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error.message;
}

async function newCohort(grade = 4, capacity = 10, requiredHours: number | null = 12) {
  return call(core, 'cohorts.create', {
    name: '2026年第3期 电工 四级',
    term: '2026年第3期',
    jobTypeId: seed.jobTypeId,
    grade,
    capacity,
    startDate: '2026-03-01',
    requiredHours: requiredHours ?? undefined,
  });
}

async function moveTo(id: string, ...stages: Parameters<typeof call<'cohorts.moveStage'>>[2]['to'][]) {
  for (const to of stages) await call(core, 'cohorts.moveStage', { id, to });
}

/** A cohort in 待鉴定 with `count` trainees who attended its one 12-hour session. */
async function awaitingCohort(count: number) {
  const cohort = await newCohort();
  await moveTo(cohort.id, 'enrolling');
  await call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds.slice(0, count) });
  await moveTo(cohort.id, 'training');
  await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-03-02', hours: 12 });
  await moveTo(cohort.id, 'awaiting');
  const ids = (await call(core, 'cohorts.enrollments', { cohortId: cohort.id })).map((r) => r.id);
  return { cohort, ids };
}

beforeEach(() => {
  core = createTestCore({ clock: { now: () => new Date('2026-05-01T02:00:00Z') } });
  seed = seedCatalogAndTrainees(core.databasePath, 6);
});
afterEach(() => core.dispose());

describe('cohort lifecycle', () => {
  it('starts in 筹备 with the catalog hours and moves one checked step at a time, each move recorded', async () => {
    const cohort = await newCohort(4, 10, null);
    expect(cohort.stage).toBe('planning');
    expect(cohort.requiredHours).toBe(seed.catalogHours.get(4));
    expect(await failure('cohorts.moveStage', { id: cohort.id, to: 'training' })).toContain('只能逐级推进');
    await moveTo(cohort.id, 'enrolling');
    expect(await failure('cohorts.moveStage', { id: cohort.id, to: 'training' })).toContain('还没有报名学员');
    await call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds.slice(0, 2) });
    await moveTo(cohort.id, 'training');
    expect(await failure('cohorts.moveStage', { id: cohort.id, to: 'awaiting' })).toContain('考勤');
    await call(core, 'cohorts.update', { id: cohort.id, name: cohort.name, capacity: 10, requiredHours: 12 });
    await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-03-02', hours: 12 });
    await moveTo(cohort.id, 'awaiting');
    const detail = await call(core, 'cohorts.get', { id: cohort.id });
    expect(detail.moves.map((m) => m.to)).toEqual(['enrolling', 'training', 'awaiting']);
    expect(detail.nextMove?.problems[0]).toContain('成绩未录全');
  });

  it('refuses 已鉴定 while marks are missing or unconfirmed, and forbids going back once published', async () => {
    const { cohort, ids } = await awaitingCohort(2);
    const [a, b] = ids.map((enrollmentId) => ({ enrollmentId }));
    await as(clerk, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [{ enrollmentId: a!.enrollmentId, part: 'theory', text: '75' }],
    });
    expect(await failure('cohorts.moveStage', { id: cohort.id, to: 'appraised' })).toContain('未录全');
    await as(clerk, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [
        { enrollmentId: a!.enrollmentId, part: 'practical', text: '60' },
        { enrollmentId: b!.enrollmentId, part: 'theory', text: '缺考' },
        { enrollmentId: b!.enrollmentId, part: 'practical', text: 'qk' },
      ],
    });
    expect(await failure('cohorts.moveStage', { id: cohort.id, to: 'appraised' })).toContain('未经第二人确认');
    expect(await failure('cohorts.confirmMarks', { cohortId: cohort.id }, clerk)).toContain('录入其中的成绩的是您本人');
    expect((await as(reviewer, 'cohorts.confirmMarks', { cohortId: cohort.id })).confirmed).toBe(4);
    await moveTo(cohort.id, 'appraised');
    const published = await call(core, 'cohorts.scoreGrid', { cohortId: cohort.id });
    expect(published.rows.map((r) => r.result)).toEqual(['pass', 'absent']);
    expect(await failure('cohorts.moveStage', { id: cohort.id, to: 'awaiting' })).toContain('不能退回');
    await moveTo(cohort.id, 'closed');
  });
});

describe('cohort list', () => {
  it('lists newest first, by any set of stages, and finds by name', async () => {
    const planning = await newCohort();
    const enrolling = await call(core, 'cohorts.create', {
      name: '2026年第5期 电工 三级',
      jobTypeId: seed.jobTypeId,
      grade: 3,
      capacity: 10,
      startDate: '2026-05-01',
    });
    await moveTo(enrolling.id, 'enrolling');
    const names = async (input: Input<'cohorts.list'>) => (await call(core, 'cohorts.list', input)).map((c) => c.name);
    expect(await names({})).toEqual(['2026年第5期 电工 三级', planning.name]);
    expect(await names({ stages: ['enrolling'] })).toEqual(['2026年第5期 电工 三级']);
    expect(await names({ stages: ['planning', 'enrolling'], q: '第3期' })).toEqual([planning.name]);
    expect(await names({ stages: ['closed'] })).toEqual([]);
  });
});

describe('enrollment', () => {
  it('lists the ineligible with the reason and admits them only through an administrator override with a reason', async () => {
    const cohort = await newCohort(3);
    await moveTo(cohort.id, 'enrolling');
    const outcome = await as(clerk, 'cohorts.enroll', {
      cohortId: cohort.id,
      traineeIds: [seed.traineeIds[0]!],
      overrides: [{ traineeId: seed.traineeIds[0]!, reason: '企业推荐' }],
    });
    expect(outcome.enrolled).toBe(0);
    expect(outcome.refused[0]!.reason).toContain('三级');
    const admitted = await call(core, 'cohorts.enroll', {
      cohortId: cohort.id,
      traineeIds: [seed.traineeIds[0]!],
      overrides: [{ traineeId: seed.traineeIds[0]!, reason: '市总工会特批' }],
    });
    expect(admitted.enrolled).toBe(1);
    const [row] = await call(core, 'cohorts.enrollments', { cohortId: cohort.id });
    expect(row).toMatchObject({
      eligibility: 'overridden',
      overrideReason: '市总工会特批',
      overrideByName: '系统管理员',
      appraisalKind: 'initial',
    });
    expect(row!.idNumberMasked).toMatch(/^350582\*{8}\d{3}[\dX]$/);
  });

  it('imports a sign-up sheet through the trainee import: new trainees created, bad rows reported, the rest enrolled', async () => {
    const cohort = await newCohort();
    await moveTo(cohort.id, 'enrolling');
    const sheet = {
      headers: ['姓名', '身份证号', '参加工作时间'],
      mapping: { name: 0, idNumber: 1, workStartDate: 2 },
      rows: [
        { rowNumber: 2, cells: ['学员0000', seed.idNumbers[0]!, '2010-01-01'] },
        { rowNumber: 3, cells: ['新学员', '350582199203150010', '2012-05-01'] },
        { rowNumber: 4, cells: ['错号码', '350582199203150018', '2012-05-01'] },
      ],
    };
    const preview = await call(core, 'cohorts.previewSignUpSheet', { cohortId: cohort.id, ...sheet });
    expect(preview).toMatchObject({ rows: 3, newTrainees: 1, checks: [{ name: '学员0000', eligible: true }] });
    expect(preview.issues[0]!.message).toContain('第 4 行');
    const outcome = await call(core, 'cohorts.importSignUpSheet', { cohortId: cohort.id, ...sheet });
    expect(outcome).toMatchObject({ enrolled: 2, newTrainees: 1, refused: [] });
    expect((await call(core, 'cohorts.enrollments', { cohortId: cohort.id })).map((r) => r.name)).toEqual([
      '学员0000',
      '新学员',
    ]);
  });

  it('finds candidates by name prefix, ID prefix or pinyin initials, each with its eligibility', async () => {
    const cohort = await newCohort();
    const byName = await call(core, 'cohorts.findCandidates', { cohortId: cohort.id, q: '学员000' });
    expect(byName.map((c) => c.name)).toEqual(['学员0000', '学员0001', '学员0002', '学员0003', '学员0004', '学员0005']);
    const byId = await call(core, 'cohorts.findCandidates', {
      cohortId: cohort.id,
      q: seed.idNumbers[3]!.slice(0, 17),
    });
    expect(byId.map((c) => [c.name, c.eligible, c.conflict])).toEqual([['学员0003', true, null]]);
    expect((await call(core, 'cohorts.findCandidates', { cohortId: cohort.id, q: 'XY' })).length).toBe(6);
  });

  it('enforces capacity for the whole batch and one open cohort per job type and grade', async () => {
    const small = await newCohort(4, 2);
    await moveTo(small.id, 'enrolling');
    expect(await failure('cohorts.enroll', { cohortId: small.id, traineeIds: seed.traineeIds.slice(0, 3) })).toContain(
      '超出容量',
    );
    expect((await call(core, 'cohorts.enrollments', { cohortId: small.id })).length).toBe(0);
    await call(core, 'cohorts.enroll', { cohortId: small.id, traineeIds: seed.traineeIds.slice(0, 2) });
    const [withdrawn] = await call(core, 'cohorts.enrollments', { cohortId: small.id });
    await call(core, 'cohorts.withdraw', { enrollmentId: withdrawn!.id, reason: '企业调岗' });
    expect((await call(core, 'cohorts.overview', {})).byStage).toEqual([
      { key: 'enrolling', label: '报名', cohorts: 1, enrolled: 1, passed: 0 },
    ]);
    await call(core, 'cohorts.enroll', { cohortId: small.id, traineeIds: [seed.traineeIds[0]!] });
    const other = await newCohort(4, 10);
    const outcome = await call(core, 'cohorts.enroll', {
      cohortId: other.id,
      traineeIds: seed.traineeIds.slice(0, 3),
      overrides: [{ traineeId: seed.traineeIds[0]!, reason: '重复也要' }],
    });
    expect(outcome.enrolled).toBe(1);
    expect(outcome.refused.map((r) => r.conflict)).toEqual([
      expect.stringContaining('同工种同等级'),
      expect.stringContaining('同工种同等级'),
    ]);
  });
});

describe('attendance and scores', () => {
  it('bars a trainee short of hours from the appraisal unless an administrator waives it', async () => {
    const cohort = await newCohort();
    await moveTo(cohort.id, 'enrolling');
    await call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds.slice(0, 2) });
    await moveTo(cohort.id, 'training');
    const session = await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-03-02', hours: 8 });
    const [first, second] = await call(core, 'cohorts.enrollments', { cohortId: cohort.id });
    await call(core, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-03-03', hours: 4 });
    await call(core, 'cohorts.setExceptions', {
      sessionId: session.id,
      exceptions: [{ enrollmentId: second!.id, status: 'absent' }],
    });
    const rows = await call(core, 'cohorts.enrollments', { cohortId: cohort.id });
    expect(rows.map((r) => [r.hoursAttended, r.barredForHours])).toEqual([
      [12, false],
      [4, true],
    ]);
    await moveTo(cohort.id, 'awaiting');
    expect(
      await failure('cohorts.saveMarks', {
        cohortId: cohort.id,
        entries: [{ enrollmentId: second!.id, part: 'theory', text: '80' }],
      }),
    ).toContain('课时不足');
    await call(core, 'cohorts.waiveHours', { enrollmentId: second!.id, reason: '病假已补课' });
    await call(core, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [
        { enrollmentId: second!.id, part: 'theory', text: '80' },
        { enrollmentId: first!.id, part: 'theory', text: '59.5' },
      ],
    });
  });

  it('keeps codes apart from zero, checks ranges, supersedes a failed part by a resit, and asks a reason after publication', async () => {
    const { cohort, ids } = await awaitingCohort(3);
    expect(
      await failure('cohorts.saveMarks', {
        cohortId: cohort.id,
        entries: [{ enrollmentId: ids[0]!, part: 'theory', text: '101' }],
      }),
    ).toContain('第 1 号');
    await call(core, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [
        { enrollmentId: ids[0]!, part: 'theory', text: '0' },
        { enrollmentId: ids[0]!, part: 'practical', text: '90' },
        { enrollmentId: ids[1]!, part: 'theory', text: '违纪' },
        { enrollmentId: ids[1]!, part: 'practical', text: '88' },
        { enrollmentId: ids[2]!, part: 'theory', text: '７０' },
        { enrollmentId: ids[2]!, part: 'practical', text: '65' },
      ],
    });
    let grid = await call(core, 'cohorts.scoreGrid', { cohortId: cohort.id });
    expect(grid.rows.map((r) => [r.marks.theory?.text, r.result])).toEqual([
      ['0', 'fail'],
      ['违纪', 'misconduct'],
      ['70', 'pass'],
    ]);
    await as(reviewer, 'cohorts.confirmMarks', { cohortId: cohort.id });
    await moveTo(cohort.id, 'appraised');
    grid = await call(core, 'cohorts.recordResit', { enrollmentId: ids[0]!, part: 'theory', text: '72' });
    expect(grid.rows[0]).toMatchObject({ result: 'pass', marks: { theory: { text: '72', attempt: 2 } } });
    expect(
      await failure('cohorts.saveMarks', {
        cohortId: cohort.id,
        entries: [{ enrollmentId: ids[2]!, part: 'practical', text: '55' }],
      }),
    ).toContain('理由');
    await call(core, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: [{ enrollmentId: ids[2]!, part: 'practical', text: '55' }],
      reason: '机构复核更正',
    });
    const history = await call(core, 'cohorts.markHistory', { enrollmentId: ids[2]! });
    expect(history.filter((h) => h.part === 'practical').map((h) => [h.text, h.replaced, h.changeReason])).toEqual([
      ['65', true, null],
      ['55', false, '机构复核更正'],
    ]);
    const first = await call(core, 'cohorts.markHistory', { enrollmentId: ids[0]! });
    expect(first.filter((h) => h.part === 'theory').map((h) => [h.attempt, h.text])).toEqual([
      [1, '0'],
      [2, '72'],
    ]);
  });
});

describe('agency results workbook and rosters', () => {
  it('matches the agency workbook by ID number and previews mismatches before anything is written', async () => {
    const { cohort } = await awaitingCohort(3);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成绩');
    sheet.addRow(['职业技能等级认定成绩单']);
    sheet.addRow(['姓名', '身份证号码', '理论知识', '技能操作']);
    sheet.addRow(['学员0000', seed.idNumbers[0]!.toLowerCase(), 88, 76]);
    sheet.addRow(['别人', seed.idNumbers[1], 70, 70]);
    sheet.addRow(['学员0002', seed.idNumbers[2], '缺考', 120]);
    sheet.addRow(['陌生人', '350582199001019999', 60, 60]);
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await call(core, 'cohorts.previewScoreImport', {
      cohortId: cohort.id,
      fileName: '成绩.xlsx',
      fileBase64,
    });
    expect(preview.matched).toBe(2);
    expect(preview.changes.map((c) => [c.name, c.part, c.to])).toEqual([
      ['学员0000', 'theory', '88'],
      ['学员0000', 'practical', '76'],
      ['学员0002', 'theory', '缺考'],
    ]);
    expect(preview.mismatches.map((m) => [m.row, m.problem])).toEqual([
      [4, '姓名不符：本班登记为“学员0001”'],
      [5, expect.stringContaining('超出范围')],
      [6, '本班没有这个身份证号的学员'],
    ]);
    expect((await call(core, 'cohorts.scoreGrid', { cohortId: cohort.id })).rows[0]!.marks).toEqual({});
    const grid = await call(core, 'cohorts.importScores', {
      cohortId: cohort.id,
      entries: preview.changes.map((c) => ({ enrollmentId: c.enrollmentId, part: c.part, text: c.to })),
    });
    expect(grid.rows[0]).toMatchObject({ result: 'pass', marks: { theory: { text: '88' } } });
  });

  it('exports the roster ordered by ID number with the footer counts, as xlsx, PDF and a package with photos', async () => {
    const { cohort, ids } = await awaitingCohort(3);
    const marks = [
      ['90', '90'],
      ['50', '70'],
      ['缺考', '缺考'],
    ];
    await call(core, 'cohorts.saveMarks', {
      cohortId: cohort.id,
      entries: ids.flatMap((id, i) => [
        { enrollmentId: id, part: 'theory' as const, text: marks[i]![0]! },
        { enrollmentId: id, part: 'practical' as const, text: marks[i]![1]! },
      ]),
    });
    await as(reviewer, 'cohorts.confirmMarks', { cohortId: cohort.id });
    await moveTo(cohort.id, 'appraised');
    const input = {
      cohortId: cohort.id,
      kind: 'results' as const,
      orderBy: 'idNumber' as const,
      columns: ['idNumber' as const, 'name' as const, 'result' as const],
      preparer: '李秀英',
    };
    const file = await call(core, 'cohorts.exportRoster', input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(Buffer.from(file.base64, 'base64')).buffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['身份证号', '姓名', '结果']);
    expect([3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual([...seed.idNumbers.slice(0, 3)].sort());
    expect(sheet.getCell(7, 1).value).toBe('报名人数：3\u3000实考人数：2\u3000合格人数：1\u3000合格率：50.0%');
    const pdf = Buffer.from((await call(core, 'cohorts.exportRosterPdf', input)).base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pack = await call(core, 'cohorts.exportSubmission', input);
    expect(pack.missingPhotos).toBe(3);
    expect(Object.keys(unzipSync(Buffer.from(pack.base64, 'base64')))).toEqual([
      `${cohort.name}-鉴定成绩花名册.xlsx`,
      '说明.txt',
    ]);
    const overview = await call(core, 'cohorts.overview', {});
    expect(overview.byStage).toEqual([{ key: 'appraised', label: '已鉴定', cohorts: 1, enrolled: 3, passed: 1 }]);
    expect(overview.byMonth[0]).toMatchObject({ key: '2026-03', enrolled: 3 });
    const audit = await call(core, 'system.listAudit', {});
    expect(JSON.stringify(audit)).toContain('导出报送材料包');
  });
});
