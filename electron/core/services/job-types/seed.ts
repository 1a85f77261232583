import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeStep, type Grade } from '@shared/domain/grades';
import type { Sqlite } from '../../db/open-database';

interface SeedJobType {
  code: string;
  name: string;
  industry: string;
  ruleSet: string;
  grades: { grade: Grade; trainingHours: number }[];
  related: string[];
}

export function readJobTypeSeed(resourcesFolder: string): SeedJobType[] {
  const file = JSON.parse(readFileSync(join(resourcesFolder, 'seed', 'job-types.json'), 'utf8')) as {
    jobTypes: SeedJobType[];
  };
  return file.jobTypes;
}

/**
 * A database with no job type at all (a new one) gets the base's 86 occupations from
 * resources/seed/job-types.json, in one transaction, at core start. Rows are retired, never
 * deleted, so an existing catalog is never touched again.
 */
export function seedJobTypesIfEmpty(sqlite: Sqlite, resourcesFolder: string, now: string, newId: () => string): number {
  const { count } = sqlite.prepare('SELECT count(*) AS count FROM job_types').get() as { count: number };
  if (count > 0) return 0;
  const seed = readJobTypeSeed(resourcesFolder);
  const insertJobType = sqlite.prepare(
    'INSERT INTO job_types (id, created_at, updated_at, code, name, industry, rule_set) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertGrade = sqlite.prepare(
    'INSERT INTO job_type_grades (job_type_id, grade, training_hours, review_pass_mark, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertRelation = sqlite.prepare(
    'INSERT INTO job_type_relations (job_type_id, related_job_type_id) VALUES (?, ?)',
  );
  sqlite.transaction(() => {
    const idByCode = new Map<string, string>();
    for (const jobType of seed) {
      const id = newId();
      idByCode.set(jobType.code, id);
      insertJobType.run(id, now, now, jobType.code, jobType.name, jobType.industry, jobType.ruleSet);
      for (const g of jobType.grades)
        insertGrade.run(id, g.grade, g.trainingHours, gradeStep(g.grade).hasReview ? 60 : null, now);
    }
    for (const jobType of seed)
      for (const code of jobType.related) insertRelation.run(idByCode.get(jobType.code), idByCode.get(code));
  })();
  return seed.length;
}
