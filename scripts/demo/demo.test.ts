import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cohortStages } from '@shared/domain/cohorts/lifecycle';
import { counterDifferences } from '../../electron/core/services/dashboard/store';
import { writeDemoBase } from './base';

/** The demo base a newcomer opens first must show the whole product, and agree with itself. */
let folder: string;
let db: Database.Database;
const today = '2026-12-01';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'jiangxun-demo-'));
  const path = join(folder, 'demo.db');
  await writeDemoBase(path, { trainees: 1000, seed: 7, today });
  db = new Database(path, { readonly: true });
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

const all = <T>(sql: string) => db.prepare(sql).all() as T[];
const one = <T>(sql: string) => db.prepare(sql).get() as T;

it('has cohorts in every stage, with trainees, sessions and attendance where the stage has them', () => {
  const stages = all<{ stage: string; n: number; enrolled: number }>(
    'SELECT stage, count(*) AS n, sum(enrolled_count) AS enrolled FROM cohorts GROUP BY stage',
  );
  expect(stages.map((s) => s.stage).sort()).toEqual([...cohortStages].sort());
  for (const s of stages.filter((s) => s.stage !== 'planning')) expect(s.enrolled, s.stage).toBeGreaterThan(0);
  const sessions = all<{ stage: string }>(
    `SELECT DISTINCT c.stage FROM attendance_sessions s JOIN cohorts c ON c.id = s.cohort_id`,
  );
  expect(sessions.map((s) => s.stage).sort()).toEqual(['appraised', 'awaiting', 'closed', 'training']);
  expect(one<{ n: number }>('SELECT count(*) AS n FROM attendance_marks').n).toBeGreaterThan(0);
  expect(one<{ n: number }>("SELECT count(*) AS n FROM attendance_sessions WHERE date > '2026-12-01'").n).toBe(0);
});

it('publishes results that the grade history, certificates and dashboard agree with', () => {
  const passes = one<{ n: number }>(
    "SELECT count(*) AS n FROM enrollments WHERE result = 'pass' AND result_published_at IS NOT NULL",
  ).n;
  expect(passes).toBeGreaterThan(0);
  const unmatched = one<{ n: number }>(
    `SELECT count(*) AS n FROM enrollments e LEFT JOIN trainee_grades g ON g.enrollment_id = e.id AND g.deleted_at IS NULL
      WHERE e.result = 'pass' AND e.result_published_at IS NOT NULL AND (g.id IS NULL OR g.grade <> e.grade OR g.source <> 'appraisal')`,
  ).n;
  expect(unmatched).toBe(0);
  expect(
    one<{ n: number }>("SELECT count(*) AS n FROM trainee_grades WHERE source = 'appraisal' AND deleted_at IS NULL").n,
  ).toBe(passes);
  // Every pass of a closed cohort has its completion certificate; nobody else has one.
  expect(
    one<{ n: number }>(
      `SELECT count(*) AS n FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
      LEFT JOIN certificates x ON x.enrollment_id = e.id AND x.status = 'issued'
      WHERE c.stage = 'closed' AND e.result = 'pass' AND x.id IS NULL`,
    ).n,
  ).toBe(0);
  expect(
    one<{ n: number }>(
      "SELECT count(*) AS n FROM certificates x JOIN enrollments e ON e.id = x.enrollment_id WHERE e.result <> 'pass'",
    ).n,
  ).toBe(0);
  // The dashboard's kept counters agree with the rows.
  expect(counterDifferences(db)).toEqual([]);
  // Certificates are dated after their training ended.
  expect(
    one<{ n: number }>(
      'SELECT count(*) AS n FROM certificates x JOIN cohorts c ON c.id = x.cohort_id WHERE x.issued_on < c.end_date',
    ).n,
  ).toBe(0);
});

it('keeps the audit history of what was done, each row with its 内容', () => {
  const channels = all<{ channel: string }>('SELECT DISTINCT channel FROM audit_log').map((r) => r.channel);
  for (const channel of [
    'cohorts.create',
    'cohorts.enroll',
    'cohorts.addSessions',
    'cohorts.saveMarks',
    'cohorts.confirmMarks',
    'cohorts.moveStage',
    'certificates.issue',
  ]) {
    expect(channels).toContain(channel);
  }
  expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE trim(summary) = ''").n).toBe(0);
  expect(one<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE created_at > '2026-12-02'").n).toBe(0);
});
