import { createCore } from '../create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../db/repo-migrations';

/**
 * One of several processes issuing certificates into the same database at once (see
 * numbering.test.ts). Each issue is its own call; a call that loses the write race to another
 * process fails as a whole and is simply tried again.
 */
const [databasePath, templateId, ...enrollmentIds] = process.argv.slice(2);
const core = createCore({
  databasePath: databasePath!,
  migrationsFolder: repoMigrationsFolder,
  resourcesFolder: repoResourcesFolder,
  appVersion: 'test',
  logger: { info() {}, error() {} },
});
let retries = 0;
for (const enrollmentId of enrollmentIds) {
  for (;;) {
    const result = await core.dispatch('certificates.issue', {
      templateId,
      issueDate: '2026-05-20',
      enrollmentIds: [enrollmentId],
    });
    if (result.ok) break;
    retries++;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
  }
}
core.close();
console.log(JSON.stringify({ issued: enrollmentIds.length, retries }));
