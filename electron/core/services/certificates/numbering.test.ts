import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedAppraisedCohort } from '../../testing/certificate-fixtures';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../../../..');
let core: TestCore;
afterEach(() => core.dispose());

it('gives three processes issuing at the same time dense, distinct numbers', async () => {
  core = createTestCore();
  const cohort = seedAppraisedCohort(core.databasePath, { passed: 90 });
  await call(core, 'certificates.updateSettings', {
    baseCode: 'QZ',
    completionPattern: '{base}{yyyy}{seq6}',
    skillPattern: '{base}{yyyy}{grade}{seq6}',
    sealImage: null,
  });
  // The main process issues too, interleaved with the children.
  const children = [0, 1, 2].map((part) =>
    run(
      resolve(repoRoot, 'node_modules/.bin/tsx'),
      [
        resolve(import.meta.dirname, '../../testing/concurrency-child.ts'),
        core.databasePath,
        'default-completion-a4',
        ...cohort.enrollmentIds.slice(part * 25, part * 25 + 25),
      ],
      { cwd: repoRoot },
    ),
  );
  for (const enrollmentId of cohort.enrollmentIds.slice(75)) {
    for (;;) {
      const result = await core.dispatch('certificates.issue', {
        templateId: 'default-completion-a4',
        issueDate: '2026-05-20',
        enrollmentIds: [enrollmentId],
      });
      if (result.ok) break;
      await new Promise((done) => setTimeout(done, 2));
    }
  }
  const reports = (await Promise.all(children)).map((child) => JSON.parse(child.stdout) as { issued: number });
  expect(reports.reduce((sum, r) => sum + r.issued, 0)).toBe(75);

  const db = new Database(core.databasePath, { readonly: true });
  const numbers = (db.prepare('SELECT number FROM certificates ORDER BY number').all() as { number: string }[]).map(
    (r) => r.number,
  );
  const counter = db.prepare('SELECT last_value AS last FROM certificate_sequences').all();
  db.close();
  expect(numbers).toEqual(Array.from({ length: 90 }, (_, i) => `QZ2026${String(i + 1).padStart(6, '0')}`));
  expect(counter).toEqual([{ last: 90 }]);
}, 120_000);
