import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultColumns } from '@shared/contract/cohorts/rosters';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedCatalogAndTrainees } from '../../testing/cohort-fixtures';

/** What the cohort prints and packs: the sign-in sheet, the roster PDF and the submission package. */
let core: TestCore;
let seed: ReturnType<typeof seedCatalogAndTrainees>;
const longEnterprise = '泉州丰泽元利酒店管理有限公司晋江分公司';

beforeEach(() => {
  core = createTestCore({ clock: { now: () => new Date('2026-11-20T02:00:00Z') } });
  seed = seedCatalogAndTrainees(core.databasePath, 3);
  const db = new Database(core.databasePath);
  db.prepare('UPDATE enterprises SET name = ? WHERE id = ?').run(longEnterprise, seed.enterpriseId);
  db.close();
});
afterEach(() => core.dispose());

async function trainingCohort(name = '2026年第9期 电工 五级/初级工') {
  const cohort = await call(core, 'cohorts.create', {
    name,
    jobTypeId: seed.jobTypeId,
    grade: 5,
    capacity: 10,
    requiredHours: 200,
    startDate: '2026-11-01',
    venue: '实训楼 302',
  });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await call(core, 'cohorts.enroll', { cohortId: cohort.id, traineeIds: seed.traineeIds });
  await call(core, 'cohorts.moveStage', { id: cohort.id, to: 'training' });
  return cohort;
}

function pdfText(base64: string, mode: '-raw' | '-layout' = '-raw') {
  const path = join(core.folder, 'out.pdf');
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', [mode, path, '-'], { encoding: 'utf8' });
}

describe('a timetable at once and the sign-in sheet', () => {
  it('adds a schedule of sessions in one call, keeps the weekdays it was laid out on, and prints a week to sign', async () => {
    const cohort = await trainingCohort();
    const dates = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-09'];
    const added = await call(core, 'cohorts.addSessions', {
      cohortId: cohort.id,
      sessions: dates.map((date) => ({ date, hours: 8, topic: '' })),
      trainingWeekdays: [1, 2, 3, 4, 5, 6],
    });
    expect(added.map((s) => s.date)).toEqual(dates);
    expect((await call(core, 'cohorts.get', { id: cohort.id })).trainingWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    const enrollments = await call(core, 'cohorts.enrollments', { cohortId: cohort.id });
    expect(enrollments.every((e) => e.hoursAttended === 56)).toBe(true);

    const sheet = await call(core, 'cohorts.signInSheet', {
      cohortId: cohort.id,
      from: '2026-11-02',
      to: '2026-11-08',
    });
    expect(sheet.sessions).toBe(6);
    expect(sheet.fileName).toBe('2026年第9期 电工 五级-初级工-签到表-2026-11-02至2026-11-08.pdf');
    const text = pdfText(sheet.base64).replace(/\s+/g, '');
    expect(text).toContain('培训签到表');
    for (const label of ['11-02（一）', '11-07（六）']) expect(text).toContain(label);
    expect(text).not.toContain('11-09');
    for (const e of enrollments) expect(text).toContain(e.name);
    expect(text).toContain(longEnterprise);
    expect(text).toContain('应到3人');
    const tooLong = await core.dispatch('cohorts.signInSheet', {
      cohortId: cohort.id,
      from: '2026-11-02',
      to: '2027-03-01',
    });
    expect(!tooLong.ok && tooLong.error.message).toContain('最多打印两个月');
  });

  it('refuses a schedule in a stage that takes no attendance, adding nothing', async () => {
    const cohort = await call(core, 'cohorts.create', {
      name: '筹备中的班',
      jobTypeId: seed.jobTypeId,
      grade: 5,
      capacity: 10,
    });
    const result = await core.dispatch('cohorts.addSessions', {
      cohortId: cohort.id,
      sessions: [
        { date: '2026-11-02', hours: 8 },
        { date: '2026-11-03', hours: 8 },
      ],
    });
    expect(!result.ok && result.error.message).toContain('不能登记考勤');
    expect(await call(core, 'cohorts.sessions', { cohortId: cohort.id })).toEqual([]);
  });
});

describe('the printable roster and the submission package', () => {
  it('wraps long cells: the PDF carries every character of the enterprise names and headers', async () => {
    const cohort = await trainingCohort();
    const input = {
      cohortId: cohort.id,
      kind: 'signup' as const,
      orderBy: 'enrollment' as const,
      columns: [...defaultColumns.results],
      preparer: '李秀英',
    };
    const text = pdfText((await call(core, 'cohorts.exportRosterPdf', input)).base64).replace(/\s+/g, '');
    expect(text).not.toContain('…');
    expect(text.split(longEnterprise)).toHaveLength(4);
    expect(text).toContain('从事本职业年限');
    expect(text).toContain('原证书等级与编号');
  });

  it('names every file safely and says in 说明.txt that no photos exist instead of packing an empty zip', async () => {
    const cohort = await trainingCohort();
    const input = { cohortId: cohort.id, kind: 'signup' as const, orderBy: 'enrollment' as const, preparer: '' };
    const pack = await call(core, 'cohorts.exportSubmission', input);
    expect(pack.fileName).toBe('2026年第9期 电工 五级-初级工-鉴定报名花名册-报送材料.zip');
    const files = unzipSync(Buffer.from(pack.base64, 'base64'));
    expect(Object.keys(files)).toEqual(['2026年第9期 电工 五级-初级工-鉴定报名花名册.xlsx', '说明.txt']);
    expect(strFromU8(files['说明.txt']!)).toContain('本班学员都还没有上传一寸照');

    const db = new Database(core.databasePath);
    db.prepare(
      "INSERT INTO trainee_photos (trainee_id, mime_type, bytes, updated_at) VALUES (?, 'image/jpeg', ?, '2026-11-01T00:00:00Z')",
    ).run(seed.traineeIds[0], Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    db.close();
    const withPhoto = unzipSync(Buffer.from((await call(core, 'cohorts.exportSubmission', input)).base64, 'base64'));
    const photoZip = Object.keys(withPhoto).find((name) => name.endsWith('一寸照.zip'))!;
    expect(Object.keys(unzipSync(withPhoto[photoZip]!))).toEqual([`${seed.idNumbers[0]}.jpg`]);
    expect(strFromU8(withPhoto['说明.txt']!)).toMatch(
      /一寸照：.+（1 张，以身份证号命名）[\s\S]*缺少一寸照 2 人：学员0001、学员0002/,
    );
    expect(Object.keys(withPhoto).every((name) => !/[\\/:*?"<>|]/.test(name))).toBe(true);
  });
});
