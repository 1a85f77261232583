import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { createCore } from '../create-core';
import { repoMigrationsFolder, repoResourcesFolder } from './repo-migrations';

/**
 * The app until it is killed (see restore.test.ts): trainees, a backup, 20 more trainees, then it
 * says "ready" and waits for SIGKILL, with those 20 still only in the write log.
 */
const [databasePath, before] = process.argv.slice(2);
const core = createCore({
  databasePath: databasePath!,
  migrationsFolder: repoMigrationsFolder,
  resourcesFolder: repoResourcesFolder,
  appVersion: 'test',
  logger: { info() {}, error() {} },
});
const create = async (serial: number) => {
  const first17 = `35058219900101${String(serial).padStart(3, '0')}`;
  const result = await core.dispatch('trainees.create', {
    name: `学员${serial}`,
    idNumber: first17 + residentIdCheckCharacter(first17),
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  if (!result.ok) throw new Error(result.error.message);
};
for (let serial = 1; serial <= Number(before); serial++) await create(serial);
const backup = await core.dispatch('system.backup', {});
if (!backup.ok) throw new Error(backup.error.message);
for (let serial = Number(before) + 1; serial <= Number(before) + 20; serial++) await create(serial);
console.log(JSON.stringify({ backup: backup.value }));
setInterval(() => {}, 1000);
