import Database from 'better-sqlite3';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';

/** A job type with grades 5–1 and trainees, written straight into a test database (other areas' tables). */
export function seedCatalogAndTrainees(databasePath: string, trainees: number, options: { workStart?: string } = {}) {
  const db = new Database(databasePath);
  const now = '2026-01-01T00:00:00.000Z';
  // The core seeds the catalog on creation; a bare database gets a minimal 电工 of its own.
  let jobTypeId = (db.prepare("SELECT id FROM job_types WHERE code = '6-31-01-03'").get() as { id: string } | undefined)
    ?.id;
  if (!jobTypeId) {
    jobTypeId = '019a0000-0000-7000-8000-00000000j001';
    db.prepare(
      "INSERT INTO job_types (id, created_at, updated_at, code, name, rule_set) VALUES (?, ?, ?, '6-31-01-03', '电工', 'A')",
    ).run(jobTypeId, now, now);
    const grade = db.prepare(
      'INSERT INTO job_type_grades (job_type_id, grade, training_hours, review_pass_mark, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (const g of [5, 4, 3, 2, 1]) grade.run(jobTypeId, g, 40 + (5 - g) * 20, g <= 2 ? 60 : null, now);
  }
  const catalogHours = new Map(
    (
      db.prepare('SELECT grade, training_hours AS hours FROM job_type_grades WHERE job_type_id = ?').all(jobTypeId) as {
        grade: number;
        hours: number;
      }[]
    ).map((g) => [g.grade, g.hours]),
  );
  const enterpriseId = '019a0000-0000-7000-8000-00000000e001';
  db.prepare(
    "INSERT INTO enterprises (id, created_at, updated_at, name) VALUES (?, ?, ?, '泉州市恒安机电有限公司')",
  ).run(enterpriseId, now, now);
  const insert = db.prepare(
    `INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, id_number, sex, birth_date, phone, education, enterprise_id, work_start_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '高中', ?, ?)`,
  );
  const ids: string[] = [];
  const idNumbers: string[] = [];
  for (let i = 0; i < trainees; i++) {
    const first17 = `35058219900101${String(100 + i).padStart(3, '0')}`;
    const idNumber = first17 + residentIdCheckCharacter(first17);
    const id = `019a0000-0000-7000-8000-${String(i).padStart(12, '0')}`;
    insert.run(
      id,
      now,
      now,
      `学员${String(i).padStart(4, '0')}`,
      `xueyuan${i}`,
      'xy',
      idNumber,
      i % 2 ? 'female' : 'male',
      '1990-01-01',
      '13800000000',
      enterpriseId,
      options.workStart ?? '2010-01-01',
    );
    ids.push(id);
    idNumbers.push(idNumber);
  }
  db.close();
  return { jobTypeId, enterpriseId, traineeIds: ids, idNumbers, catalogHours };
}
