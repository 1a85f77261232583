import Database from 'better-sqlite3';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';

export interface SeededCohort {
  cohortId: string;
  enrollmentIds: string[];
  traineeIds: string[];
  names: string[];
  idNumbers: string[];
}

const surnames = ['陈', '林', '黄', '张', '李', '王', '吴', '刘', '蔡', '杨', '许', '郑', '谢', '洪', '郭'];
const given = [
  '志强',
  '美玲',
  '建国',
  '晓燕',
  '文斌',
  '丽华',
  '俊杰',
  '秀英',
  '国平',
  '雅婷',
  '明辉',
  '淑芬',
  '家豪',
  '碧霞',
  '荣华',
];

/**
 * Writes an appraised cohort straight into the database: a job type, trainees and enrollments with
 * published results. Certificates only read these tables; the cohort screens own how they are made.
 */
export function seedAppraisedCohort(
  databasePath: string,
  options: { passed: number; failed?: number; prefix?: string; published?: boolean },
): SeededCohort {
  const db = new Database(databasePath);
  db.pragma('busy_timeout = 5000');
  const prefix = options.prefix ?? 'c1';
  const now = '2026-05-01T00:00:00.000Z';
  const published = options.published ?? true;
  const seeded: SeededCohort = {
    cohortId: `${prefix}-cohort`,
    enrollmentIds: [],
    traineeIds: [],
    names: [],
    idNumbers: [],
  };
  db.transaction(() => {
    db.prepare(
      "INSERT OR IGNORE INTO job_types (id, created_at, updated_at, code, name) VALUES ('jt-electrician', ?, ?, '6-31-01-03', '电工')",
    ).run(now, now);
    const { jobTypeId } = db.prepare("SELECT id AS jobTypeId FROM job_types WHERE code = '6-31-01-03'").get() as {
      jobTypeId: string;
    };
    db.prepare(
      "INSERT OR IGNORE INTO enterprises (id, created_at, updated_at, name) VALUES ('ent-1', ?, ?, '泉州恒兴机械制造有限公司')",
    ).run(now, now);
    db.prepare(
      `INSERT INTO cohorts (id, created_at, updated_at, name, job_type_id, grade, stage, start_date, end_date, required_hours, capacity)
       VALUES (?, ?, ?, ?, ?, 4, 'appraised', '2026-03-02', '2026-04-30', 120, 500)`,
    ).run(seeded.cohortId, now, now, `2026 年第 3 期电工（四级）培训班 ${prefix}`, jobTypeId);
    const total = options.passed + (options.failed ?? 0);
    for (let i = 0; i < total; i++) {
      const traineeId = `${prefix}-trainee-${i}`;
      const name = `${surnames[i % surnames.length]}${given[Math.floor(i / surnames.length) % given.length]}${i >= surnames.length * given.length ? i : ''}`;
      const year = 1970 + ([...prefix].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 30);
      const first17 = `350582${year}03${String(10 + Math.floor(i / 1000)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
      const idNumber = `${first17}${residentIdCheckCharacter(first17)}`;
      db.prepare(
        `INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, id_number, sex, birth_date, enterprise_id)
         VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, 'ent-1')`,
      ).run(
        traineeId,
        now,
        now,
        name,
        `${prefix}${i}`,
        idNumber,
        i % 2 === 0 ? 'male' : 'female',
        `${year}-03-${10 + Math.floor(i / 1000)}`,
      );
      const enrollmentId = `${prefix}-enrollment-${i}`;
      const result = i < options.passed ? 'pass' : 'fail';
      db.prepare(
        `INSERT INTO enrollments (id, created_at, updated_at, cohort_id, trainee_id, job_type_id, grade, seq, eligibility, appraisal_kind, result, result_published_at)
         VALUES (?, ?, ?, ?, ?, ?, 4, ?, 'eligible', 'initial', ?, ?)`,
      ).run(enrollmentId, now, now, seeded.cohortId, traineeId, jobTypeId, i + 1, result, published ? now : null);
      seeded.traineeIds.push(traineeId);
      seeded.enrollmentIds.push(enrollmentId);
      seeded.names.push(name);
      seeded.idNumbers.push(idNumber);
    }
  })();
  db.close();
  return seeded;
}
