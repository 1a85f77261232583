import { spawn } from 'node:child_process';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { errorMessages } from '@shared/errors';
import { createTestCore, type TestCore } from '../testing';

let core: TestCore;
afterEach(() => core.dispose());

/** Another program (a second copy of the app, a database tool) that takes the write lock and keeps it until told. */
function holdWriteLock(databasePath: string) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import Database from 'better-sqlite3';
       const db = new Database(process.argv[1]);
       db.exec('BEGIN IMMEDIATE');
       db.prepare("INSERT INTO audit_log (id, created_at, updated_at, actor_id, actor_name, channel, record_ids, summary) VALUES ('other', '', '', '', '', 'other', '[]', 'other')").run();
       console.log('locked');
       process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });`,
      databasePath,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const locked = once(child.stdout, 'data');
  return {
    locked,
    release: async () => {
      child.stdin.write('go\n');
      await once(child, 'exit');
    },
  };
}

const enterprise = {
  name: '泉州市鲤城区恒丰机械有限公司',
  creditCode: '',
  industry: '',
  district: '',
  contactName: '王建国',
  contactPhone: '13905951234',
};

it('tells the clerk in Chinese that another program is writing, writes nothing, and saves on the retry', async () => {
  core = createTestCore();
  const other = holdWriteLock(core.databasePath);
  await other.locked;

  // The writer waits its busy timeout (5 s) for the lock, then gives up with a message, not INTERNAL.
  const refused = await core.dispatch('enterprises.create', enterprise);
  expect(refused).toEqual({ ok: false, error: { code: 'BUSY', message: errorMessages.BUSY } });
  expect(errorMessages.BUSY).toMatch(/另一个窗口或程序正在写入/);
  expect(core.logged.join('\n')).not.toMatch(/failed/);

  await other.release();
  const db = new Database(core.databasePath, { readonly: true });
  const count = () => (db.prepare('SELECT count(*) AS n FROM enterprises').get() as { n: number }).n;
  expect(count()).toBe(0);

  // What the clerk typed is still on the form; the same input, sent again, is saved once.
  const saved = await core.dispatch('enterprises.create', enterprise);
  expect(saved.ok).toBe(true);
  expect(count()).toBe(1);
  db.close();
}, 30_000);
