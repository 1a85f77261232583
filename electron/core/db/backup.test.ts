import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { call, createTestCore, type TestCore } from '../testing';
import { backupFolder, backupsKept } from './backup';

let core: TestCore;
afterEach(() => core.dispose());

let now = new Date(2026, 10, 24, 9, 30, 0);
const clock = { now: () => now };
const idNumber = (serial: number) => {
  const first17 = `35058219900101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};

it('writes a verified copy holding everything saved, named by local time, and logs it', async () => {
  now = new Date(2026, 10, 24, 9, 30, 0);
  core = createTestCore({ clock });
  await call(core, 'trainees.create', {
    name: '张三',
    idNumber: idNumber(1),
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  const file = await call(core, 'system.backup', {});
  expect(file).toMatchObject({ fileName: 'jiangxun-20261124-093000.db', skipped: false });
  const copy = new Database(join(backupFolder(core.databasePath), file.fileName), { readonly: true });
  expect(copy.prepare('SELECT name FROM trainees').pluck().all()).toEqual(['张三']);
  copy.close();
  expect(readdirSync(backupFolder(core.databasePath))).toEqual([file.fileName]);
  const [entry] = (await call(core, 'system.listAudit', {})).entries;
  expect(entry!.summary).toMatch(/^备份数据库：jiangxun-20261124-093000\.db（[\d.]+ MB，含全部学员个人信息）$/);
  expect(await call(core, 'system.listBackups', {})).toMatchObject({
    folder: backupFolder(core.databasePath),
    kept: backupsKept,
    files: [{ fileName: file.fileName }],
  });
});

it('makes the daily backup once a day, and keeps only the newest backups', async () => {
  now = new Date(2026, 10, 1, 8, 0, 0);
  core = createTestCore({ clock });
  expect((await call(core, 'system.backup', { reason: 'daily' })).skipped).toBe(false);
  now = new Date(2026, 10, 1, 17, 0, 0);
  expect(await call(core, 'system.backup', { reason: 'daily' })).toMatchObject({
    fileName: 'jiangxun-20261101-080000.db',
    skipped: true,
  });
  for (let day = 2; day <= backupsKept + 2; day++) {
    now = new Date(2026, 10, day, 8, 0, 0);
    await call(core, 'system.backup', { reason: 'daily' });
  }
  const { files } = await call(core, 'system.listBackups', {});
  expect(files).toHaveLength(backupsKept);
  expect(files[0]!.fileName).toBe('jiangxun-20261112-080000.db');
  expect(files.at(-1)!.fileName).toBe('jiangxun-20261103-080000.db');
  expect(readdirSync(backupFolder(core.databasePath)).some((name) => name.endsWith('.partial'))).toBe(false);
});

it('is refused to anyone but an administrator', async () => {
  core = createTestCore({ clock });
  const clerk = { id: 'c1', name: '经办人', role: 'clerk' as const };
  const result = await core.dispatch('system.backup', {}, clerk);
  expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(existsSync(backupFolder(core.databasePath))).toBe(false);
});
