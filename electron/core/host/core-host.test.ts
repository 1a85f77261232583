import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { AppEvent, AppEvents } from '@shared/contract/infra/events';
import type { Result } from '@shared/errors';
import { validId } from '../testing/people';
import { openAuditInbox } from '../db/audit-inbox';
import { startTestHost, type TestHost } from '../testing';

// The core in its threads, as the app and browser mode run it: progress from inside a synchronous
// transaction, cancel through shared memory, and a writer killed in the middle of a commit.

let host: TestHost;
afterEach(async () => host?.dispose());

/** A roster of `count` new people, as the import's mapping step hands it over. */
function roster(count: number, from = 0) {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const birth = `19${String(70 + (n % 30)).padStart(2, '0')}${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`;
    return {
      rowNumber: i + 2,
      cells: [
        `学员${n}`,
        validId(birth, Math.floor(n / 840) % 1000, n % 2 ? '350582' : '350583'),
        `139${String(n).padStart(8, '0')}`,
        '高中',
        `泉州测试企业${n % 7}`,
      ],
    };
  });
  return {
    headers: ['姓名', '身份证号', '手机', '文化程度', '工作单位'],
    mapping: { name: 0, idNumber: 1, phone: 2, education: 3, enterpriseName: 4 },
    rows,
  };
}

function progressOf(jobId: string): AppEvents['job.progress'][] {
  const seen: AppEvents['job.progress'][] = [];
  host.events.subscribe((event: AppEvent) => {
    if (event.name === 'job.progress' && event.payload.jobId === jobId) seen.push(event.payload);
  });
  return seen;
}

/** Resolves at the first progress event that passes `when`. */
function progressWhere(
  jobId: string,
  when: (progress: AppEvents['job.progress']) => boolean,
): Promise<AppEvents['job.progress']> {
  return new Promise((resolve) => {
    const stop = host.events.subscribe((event) => {
      if (event.name === 'job.progress' && event.payload.jobId === jobId && when(event.payload)) {
        stop();
        resolve(event.payload);
      }
    });
  });
}

/** Every table's rows in rowid order, hashed, and the row counts: what "exactly as before" means. */
function snapshot(databasePath: string, except: string[] = []) {
  const db = new Database(databasePath, { readonly: true });
  try {
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((name) => !except.includes(name));
    const counts: Record<string, number> = {};
    const hash = createHash('sha256');
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
      counts[table] = rows.length;
      hash
        .update(table)
        .update(
          JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)),
        );
    }
    return { counts, hash: hash.digest('hex') };
  } finally {
    db.close();
  }
}

async function auditSummaries(limit: number): Promise<string[]> {
  const audit = (await host.dispatch('system.listAudit', { limit })) as Result<{ entries: { summary: string }[] }>;
  return audit.ok ? audit.value.entries.map((e) => e.summary) : [];
}

it('reports the commit of an import with a rising fraction while its transaction runs, and short reads answer meanwhile', async () => {
  host = await startTestHost();
  const seen = progressOf('commit-1');
  const commit = host.dispatch('trainees.commitImport', roster(20_000), { jobId: 'commit-1' });
  await progressWhere('commit-1', (p) => p.done > p.total / 2);
  // The writer is inside its one transaction; a reader answers the list from the last commit.
  const during = await host.dispatch('trainees.count', { filter: {} });
  const result = await commit;
  expect(during).toEqual({ ok: true, value: { total: 0 } });
  expect(result).toMatchObject({ ok: true, value: { created: 20_000 } });
  expect(seen.length).toBeGreaterThanOrEqual(4);
  const fractions = seen.map((p) => p.done / p.total);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(new Set(fractions).size).toBe(fractions.length);
  expect(fractions.at(-1)).toBeLessThanOrEqual(1);
  expect(fractions.some((f) => f > 0.5 && f < 1)).toBe(true);
  expect(seen.map((p) => p.message)).toContainEqual(expect.stringMatching(/^正在写入第 [\d,]+ 行/));
}, 120_000);

it('a list page the log records answers while the writer is inside a long commit, and the view is in the log after it', async () => {
  host = await startTestHost();
  await host.dispatch('trainees.commitImport', roster(50));
  const commit = host.dispatch('trainees.commitImport', roster(20_000, 50), { jobId: 'commit-audit' });
  await progressWhere('commit-audit', (p) => p.done > p.total / 4);
  // Before the audit inbox, this page waited for the writer to write its audit row: until the commit ended.
  const page = await host.dispatch('trainees.list', { limit: 20 });
  const commitStillRunning = host.threads().some((t) => t.busyWith === 'trainees.commitImport');
  expect(page).toMatchObject({ ok: true, value: { rows: expect.any(Array) } });
  expect(commitStillRunning).toBe(true);
  await commit;
  expect(await auditSummaries(3)).toContain('查看学员名单（身份证号已遮蔽）');
}, 120_000);

it('audit records a crash left in the inbox are written at the next start, each once', async () => {
  host = await startTestHost();
  const { folder, databasePath } = host;
  await host.close();
  const inbox = openAuditInbox(databasePath);
  const record = {
    channel: 'trainees.revealIdentity',
    actor: { id: 'a1', name: '王会计', role: 'clerk' as const },
    at: '2026-12-02T02:00:00.000Z',
    notes: [{ recordIds: ['t1'], summary: '查看身份证号：张三' }],
    rowIds: ['01939a00-0000-7000-8000-000000000001'],
  };
  // Twice: the writer copied it, then crashed before forgetting it.
  inbox.put(record);
  inbox.put(record);
  inbox.close();
  host = await startTestHost({ folder });
  expect((await auditSummaries(5)).filter((s) => s === '查看身份证号：张三')).toHaveLength(1);
}, 60_000);

it('cancelling a commit leaves the database exactly as it was, with only the cancellation in the log', async () => {
  host = await startTestHost();
  await host.dispatch('trainees.commitImport', roster(50));
  const before = snapshot(host.databasePath, ['audit_log']);
  const auditBefore = snapshot(host.databasePath).counts.audit_log!;
  const commit = host.dispatch('trainees.commitImport', roster(20_000, 50), { jobId: 'commit-2' });
  await progressWhere('commit-2', (p) => p.done > p.total / 2);
  expect(host.cancel('commit-2')).toBe(true);
  expect(await commit).toMatchObject({
    ok: false,
    error: { code: 'CANCELLED', message: expect.stringContaining('已取消') },
  });
  expect(snapshot(host.databasePath, ['audit_log'])).toEqual(before);
  expect(snapshot(host.databasePath).counts.audit_log).toBe(auditBefore + 1);
  expect(await auditSummaries(1)).toEqual(['已取消：导入学员（已回滚，未写入任何数据）']);
  expect(host.cancel('commit-2')).toBe(false);
}, 120_000);

it('cancelling an export leaves no file behind, and the file that was there is untouched', async () => {
  host = await startTestHost();
  await host.dispatch('trainees.commitImport', roster(10_000));
  const outputPath = join(host.folder, 'exports', '学员名单.xlsx');
  const folder = join(host.folder, 'exports');
  mkdirSync(folder);
  writeFileSync(outputPath, 'the list exported last week');
  const exported = host.dispatch('trainees.export', { filter: {}, fullIds: false }, { jobId: 'export-1', outputPath });
  const first = await progressWhere('export-1', () => true);
  expect(first.total).toBe(10_000);
  host.cancel('export-1');
  expect(await exported).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  expect(readdirSync(folder)).toEqual(['学员名单.xlsx']);
  expect(readFileSync(outputPath, 'utf8')).toBe('the list exported last week');

  // Not cancelled, the same export replaces it and is logged.
  const done = await host.dispatch(
    'trainees.export',
    { filter: {}, fullIds: false },
    { jobId: 'export-2', outputPath },
  );
  expect(done).toEqual({ ok: true, value: { fileName: '学员名单.xlsx', rows: 10_000 } });
  expect(readFileSync(outputPath).subarray(0, 2).toString()).toBe('PK');
  expect(readdirSync(folder)).toEqual(['学员名单.xlsx']);
  expect(await auditSummaries(1)).toEqual(['导出学员名单 10000 人，身份证号已遮蔽']);
}, 120_000);

it('a writer killed in the middle of a commit loses nothing committed; the call answers, a fresh writer takes over', async () => {
  host = await startTestHost();
  const kept = await host.dispatch('trainees.commitImport', roster(100));
  expect(kept).toMatchObject({ ok: true, value: { created: 100 } });
  const restarted: string[] = [];
  host.events.subscribe((event) => event.name === 'core.restarted' && restarted.push(event.payload.message));
  const before = snapshot(host.databasePath);

  const commit = host.dispatch('trainees.commitImport', roster(20_000, 100), { jobId: 'commit-3' });
  await progressWhere('commit-3', (p) => p.done > p.total / 2);
  const writer = host.threads().find((t) => t.lane === 'write')!;
  expect(writer.busyWith).toBe('trainees.commitImport');
  await host.terminateThread(writer.threadId);

  expect(await commit).toMatchObject({
    ok: false,
    error: { code: 'INTERRUPTED', message: expect.stringContaining('已保存的数据未受影响') },
  });
  expect(restarted).toEqual([expect.stringMatching(/^匠训的写入线程意外退出.*已在同一数据库上重新启动/)]);
  expect(snapshot(host.databasePath)).toEqual(before);
  // The next calls work: a read, and a write on the fresh writer, which sees the rows kept before.
  expect(await host.dispatch('trainees.count', { filter: {} })).toEqual({ ok: true, value: { total: 100 } });
  expect(await host.dispatch('trainees.commitImport', roster(10, 100))).toMatchObject({
    ok: true,
    value: { created: 10 },
  });
  expect(await host.dispatch('trainees.count', { filter: {} })).toEqual({ ok: true, value: { total: 110 } });
  expect(host.threads().filter((t) => t.lane === 'write')).toHaveLength(1);
  expect(existsSync(`${host.databasePath}-wal`)).toBe(true);
}, 120_000);
