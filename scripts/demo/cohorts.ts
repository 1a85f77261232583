import Database from 'better-sqlite3';
import type { Channel, Input, Output } from '@shared/contract';
import type { Actor } from '@shared/contract/infra/roles';
import { addDays, scheduleDates, sessionsToCover } from '@shared/domain/cohorts/schedule';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { createCore, type Core } from '../../electron/core/create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../../electron/core/db/repo-migrations';
import type { Random } from './random';

export interface DemoCohortsOutcome {
  cohorts: number;
  enrollments: number;
  passes: number;
  certificates: number;
}

/** Who does what in the demo base: a clerk enters, the administrator checks and publishes. */
const clerk: Actor = { id: '019a0000-0000-7000-8000-0000000c1e4k', name: '李秀英', role: 'clerk' };

/**
 * Cohorts in every stage, run through the real core as a base would run them, each step at its own
 * date (the core's clock is moved): created, enrolled (the eligibility engine decides), a timetable,
 * a few absences (some admitted by the administrator), marks entered and confirmed, results
 * published (the passes enter the grade history), completion certificates issued, and closed. So
 * counts, grade history, certificates and the audit log agree by construction.
 *
 * The base started using the software about a year and a half ago: cohorts start from then until
 * two months ahead, one for every 5,000 trainees (12 to 60: a busy base runs about 40 a year), so the
 * demo of 500,000 trainees stays fast.
 */
export async function addDemoCohorts(databasePath: string, random: Random, today: string): Promise<DemoCohortsOutcome> {
  let clock = new Date(`${today}T09:00:00`);
  const core: Core = createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'demo',
    logger: { info() {}, error: console.error },
    clock: { now: () => clock },
  });
  const at = (date: string, hour = 10) => {
    clock = new Date(`${date}T${String(hour).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00`);
  };
  const call = async <C extends Channel>(channel: C, input: Input<C>, actor?: Actor): Promise<Output<C>> => {
    const result = await core.dispatch(channel, input, actor);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Output<C>;
  };

  const outcome: DemoCohortsOutcome = { cohorts: 0, enrollments: 0, passes: 0, certificates: 0 };
  try {
    await call('settings.updateBaseProfile', {
      name: '泉州市机械行业产业工人技能实训基地',
      orgCode: '91350500MA2YQ5XK3J',
      address: '福建省泉州市丰泽区东海街道',
      certificateIssuer: '泉州市总工会',
      contactPhone: '0595-22501234',
    });
    await call('certificates.updateSettings', {
      baseCode: 'QZJX',
      completionPattern: 'JY{base}{yyyy}{seq6}',
      skillPattern: '{base}{yyyy}{grade}{seq6}',
      sealImage: null,
    });
    const { trainees, pools } = candidatePools(databasePath);
    const count = Math.min(60, Math.max(12, Math.round(trainees / 5000)));
    const jobTypes = (await call('jobTypes.listActive', {})).filter((j) => j.grades.some((g) => g.grade >= 3));
    const used = new Set<string>();
    // Five cohorts are placed so that today finds one in each stage before 已结业 (by its start, or
    // by its last session: a 200-hour course runs about 29 days); the rest closed, back over 18 months.
    const plans = Array.from({ length: count }, (_, i) => {
      const jobType = random.pickSkewed(jobTypes);
      const grades = jobType.grades.filter((g) => g.grade >= 3).map((g) => g.grade);
      const entry = Math.max(...grades);
      // A higher-grade cohort only where enough trainees hold the grade below in that job type.
      const wanted = random.next() < 0.6 ? entry : random.pick(grades);
      const grade = wanted === entry || (pools.get(`${jobType.id}:${wanted}`)?.length ?? 0) >= 120 ? wanted : entry;
      const hours = jobType.grades.find((g) => g.grade === grade)!.trainingHours;
      const cover = sessionsToCover(hours, 8);
      const length = Math.ceil(cover.count / 6) * 7;
      // Days from today to the start: planning, enrolling, training, awaiting, appraised, then closed.
      const placed = [60, 20, -Math.floor(length / 2), -2 - length, -20 - length][i];
      const offset = placed ?? -60 - length - Math.round(((i - 5) / Math.max(count - 6, 1)) * 480) - random.int(0, 6);
      const start = trainingDay(addDays(today, offset));
      return { jobType, grade, hours, cover, start, dates: scheduleDates(start, cover.count, [1, 2, 3, 4, 5, 6]) };
    }).sort((a, b) => a.start.localeCompare(b.start));
    const terms = new Map<string, number>();
    for (const { jobType, grade, hours, cover, start, dates } of plans) {
      const end = dates.at(-1)!;
      const year = start.slice(0, 4);
      terms.set(year, (terms.get(year) ?? 0) + 1);
      const term = `${year}年第${terms.get(year)}期`;
      at(addDays(start, -40) < today ? addDays(start, -40) : today);
      const cohort = await call(
        'cohorts.create',
        {
          name: `${term} ${jobType.name} ${gradeLabel(grade as Grade).split('/')[0]}`,
          term,
          jobTypeId: jobType.id,
          grade,
          capacity: 50,
          requiredHours: hours,
          startDate: start,
          endDate: end,
          venue: `实训楼 ${random.int(1, 4)}0${random.int(1, 9)}`,
        },
        clerk,
      );
      outcome.cohorts++;
      if (addDays(start, -40) >= today) continue;
      await call('cohorts.moveStage', { id: cohort.id, to: 'enrolling' }, clerk);
      const enrollOn = addDays(start, -25);
      if (enrollOn >= today) continue;
      at(enrollOn);
      const pool = grade === 5 ? pools.get('any')! : (pools.get(`${jobType.id}:${grade}`) ?? pools.get('any')!);
      const picked: string[] = [];
      for (let tries = 0; picked.length < 45 && tries < 400; tries++) {
        const id = random.pick(pool);
        if (!used.has(id)) {
          used.add(id);
          picked.push(id);
        }
      }
      const enrolled = await call('cohorts.enroll', { cohortId: cohort.id, traineeIds: picked, overrides: [] }, clerk);
      outcome.enrollments += enrolled.enrolled;
      if (start > today || enrolled.enrolled === 0) continue;
      at(start, 8);
      await call('cohorts.moveStage', { id: cohort.id, to: 'training' }, clerk);
      const held = dates.filter((d) => d <= today);
      await call(
        'cohorts.addSessions',
        {
          cohortId: cohort.id,
          sessions: held.map((date, n) => ({ date, hours: n === dates.length - 1 ? cover.lastHours : 8, topic: '' })),
          trainingWeekdays: [1, 2, 3, 4, 5, 6],
        },
        clerk,
      );
      const rows = await call('cohorts.enrollments', { cohortId: cohort.id });
      const sessions = await call('cohorts.sessions', { cohortId: cohort.id });
      // About one trainee in twelve misses a day; most of them make it up and are admitted.
      const absent = rows.filter(() => random.next() < 0.08);
      for (const row of absent) {
        const session = random.pick(sessions);
        const current = sessions.find((s) => s.id === session.id)!;
        current.exceptions.push({ enrollmentId: row.id, status: random.next() < 0.5 ? 'absent' : 'leave' });
      }
      for (const session of sessions.filter((s) => s.exceptions.length > 0)) {
        at(session.date, 17);
        await call('cohorts.setExceptions', { sessionId: session.id, exceptions: session.exceptions }, clerk);
      }
      if (end >= today) continue;
      at(addDays(end, 1));
      const admitted = new Set(rows.map((r) => r.id));
      for (const row of absent) {
        if (random.next() < 0.75)
          await call('cohorts.waiveHours', { enrollmentId: row.id, reason: '缺课已补，经讲师考核合格' });
        else admitted.delete(row.id);
      }
      await call('cohorts.moveStage', { id: cohort.id, to: 'awaiting' }, clerk);
      const markOn = addDays(end, 7);
      if (markOn >= today) continue;
      at(markOn);
      const grid = await call('cohorts.scoreGrid', { cohortId: cohort.id });
      const entries = grid.rows
        .filter((r) => admitted.has(r.enrollmentId))
        .flatMap((r) => {
          const missed = random.next() < 0.03;
          return grid.parts.map((part) => ({
            enrollmentId: r.enrollmentId,
            part,
            text: missed ? '缺考' : mark(random),
          }));
        });
      if (entries.length > 0) await call('cohorts.saveMarks', { cohortId: cohort.id, entries, reason: '' }, clerk);
      const publishOn = addDays(end, 10);
      if (publishOn >= today) continue;
      at(addDays(end, 8));
      if (entries.length > 0) await call('cohorts.confirmMarks', { cohortId: cohort.id });
      at(publishOn);
      const published = await call('cohorts.moveStage', { id: cohort.id, to: 'appraised' });
      outcome.passes += published.counts.passed;
      const issueOn = addDays(end, 15);
      if (issueOn >= today || published.counts.passed === 0) continue;
      at(issueOn);
      const passed = await call('certificates.candidates', { cohortId: cohort.id, kind: 'completion' });
      const issued = await call(
        'certificates.issue',
        { templateId: 'default-completion-a4', issueDate: issueOn, enrollmentIds: passed.map((c) => c.enrollmentId) },
        clerk,
      );
      outcome.certificates += issued.length;
      const closeOn = addDays(end, 40);
      if (closeOn >= today) continue;
      at(closeOn);
      await call('cohorts.moveStage', { id: cohort.id, to: 'closed' });
    }
  } finally {
    core.close();
  }
  return outcome;
}

/**
 * Who may sit a cohort of a grade: for 四级 and 三级, the holders of the grade below in that job type
 * (from the grade history); for 五级, anyone (the engine refuses those who hold it already).
 */
function candidatePools(databasePath: string): { trainees: number; pools: Map<string, string[]> } {
  const db = new Database(databasePath, { readonly: true });
  try {
    const trainees = (db.prepare('SELECT count(*) AS n FROM trainees WHERE deleted_at IS NULL').get() as { n: number })
      .n;
    const step = Math.max(1, Math.floor(trainees / 20_000));
    const pools = new Map<string, string[]>([
      [
        'any',
        (db.prepare('SELECT id FROM trainees WHERE rowid % ? = 0').all(step) as { id: string }[]).map((r) => r.id),
      ],
    ]);
    const held = db
      .prepare(
        'SELECT trainee_id AS traineeId, job_type_id AS jobTypeId, min(grade) AS grade FROM trainee_grades WHERE deleted_at IS NULL GROUP BY trainee_id, job_type_id',
      )
      .all() as { traineeId: string; jobTypeId: string; grade: number }[];
    for (const row of held) {
      const key = `${row.jobTypeId}:${row.grade - 1}`;
      const pool = pools.get(key) ?? [];
      pool.push(row.traineeId);
      pools.set(key, pool);
    }
    return { trainees, pools };
  } finally {
    db.close();
  }
}

/** A mark as appraisals give them: most between 60 and 95, a few fails. */
function mark(random: Random): string {
  const score = 55 + random.int(0, 40) + (random.next() < 0.5 ? 0.5 : 0);
  return String(Math.min(score, 100));
}

function trainingDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay() === 0 ? addDays(date, 1) : date;
}
