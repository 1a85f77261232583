import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CityPackageSummary } from '../../shared/contract/city';
import { call, createTestCore, type TestCore } from '../core/testing';
import { validId } from '../core/testing/people';
import { syncedTables } from '../core/services/city/tables';
import { registerBase } from './bases';
import { cityFigures } from './figures';
import { cityKeys, migrateHub } from './hub-schema';
import { importPackage } from './import-package';
import { startTestCluster, type TestCluster } from './test-cluster';

let cluster: TestCluster;
let hub: pg.Client;
let cityPublicKey: string;
const cores: TestCore[] = [];

beforeAll(async () => {
  cluster = await startTestCluster();
  hub = new pg.Client(cluster.url);
  await hub.connect();
  await migrateHub(hub);
  await migrateHub(hub); // a second start changes nothing
  cityPublicKey = (await cityKeys(hub)).publicKey;
}, 60_000);

afterAll(async () => {
  await hub.end();
  cluster.stop();
  for (const core of cores) core.dispose();
});

async function newBase(orgCode: string, name: string): Promise<TestCore> {
  const core = createTestCore();
  cores.push(core);
  await call(core, 'settings.updateBaseProfile', {
    name,
    orgCode,
    address: '',
    certificateIssuer: '',
    contactPhone: '',
  });
  const link = await call(core, 'city.saveLink', { cityPublicKey });
  await registerBase(hub, { code: orgCode, name, district: '晋江市', publicKey: link.basePublicKey! });
  return core;
}

const addTrainee = async (core: TestCore, name: string, idNumber: string) =>
  (
    await call(core, 'trainees.create', {
      name,
      idNumber,
      phone: '13800000000',
      education: '',
      enterpriseId: null,
      jobTitle: '',
      workStartDate: null,
    })
  ).id;

let packages = 0;
/** Exports a package as the settings card does: the file, then the record of it. */
async function exportPackage(
  core: TestCore,
  kind: 'changes' | 'full' = 'changes',
): Promise<{ path: string; summary: CityPackageSummary }> {
  const path = join(core.folder, `package-${(packages += 1)}.jxcity`);
  const result = await core.dispatch('city.exportPackage', { kind }, undefined, { outputPath: path });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const summary = result.value as CityPackageSummary;
  await call(core, 'city.recordPackage', {
    sequence: summary.sequence,
    watermark: summary.watermark,
    rows: summary.rows,
  });
  return { path, summary };
}

const importFile = (path: string) => importPackage(hub, createReadStream(path));
const text = (value: unknown) =>
  value === null || value === undefined ? null : Buffer.isBuffer(value) ? value.toString('hex') : String(value);

async function expectHubEqualsBase(core: TestCore, baseCode: string) {
  const sqlite = new (await import('better-sqlite3')).default(core.databasePath, { readonly: true });
  try {
    for (const table of syncedTables) {
      const columns = table.columns.map((c) => `"${c.name}"`).join(', ');
      const local = (
        sqlite.prepare(`SELECT ${columns} FROM "${table.name}" ORDER BY id`).raw().all() as unknown[][]
      ).map((row) => row.map(text));
      const remote = (
        await hub.query({
          text: `SELECT ${columns} FROM "${table.name}" WHERE base_id = $1 ORDER BY id COLLATE "C"`,
          values: [baseCode],
          rowMode: 'array',
        })
      ).rows.map((row: unknown[]) => row.map(text));
      expect(remote, table.name).toEqual(local);
    }
  } finally {
    sqlite.close();
  }
}

describe('city hub on a real PostgreSQL', () => {
  const codeA = '91350500MA2YQ5XK3J';
  let baseA: TestCore;
  let first: string;

  it('imports a base package: every synced table at the hub equals the base', async () => {
    baseA = await newBase(codeA, '晋江实训基地');
    await addTrainee(baseA, '张三', validId('19900101', 11));
    await addTrainee(baseA, '李娜', validId('19920202', 22));
    const { path, summary } = await exportPackage(baseA);
    first = path;
    expect(summary).toMatchObject({ sequence: 1, kind: 'full' });
    const outcome = await importFile(path);
    expect(outcome).toMatchObject({ sequence: 1, replay: false, rowsInPackage: summary.rows });
    expect(outcome.rowsChanged).toBe(summary.rows);
    await expectHubEqualsBase(baseA, codeA);
    expect((await cityFigures(hub)).trainees).toBe(2);
  });

  it('applies a replayed package harmlessly: no row changes, no figure doubles', async () => {
    const outcome = await importFile(first);
    expect(outcome).toMatchObject({ replay: true, rowsChanged: 0 });
    expect((await cityFigures(hub)).trainees).toBe(2);
  });

  it('refuses a tampered package and leaves the hub as it was', async () => {
    await addTrainee(baseA, '王五', validId('19850505', 33));
    const { path } = await exportPackage(baseA);
    const bytes = readFileSync(path);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const tampered = join(baseA.folder, 'tampered.jxcity');
    writeFileSync(tampered, bytes);
    await expect(importFile(tampered)).rejects.toThrow('已损坏或被改动过');
    expect((await cityFigures(hub)).trainees).toBe(2);
    // The genuine file still imports afterwards.
    await expect(importFile(path)).resolves.toMatchObject({ sequence: 2, rowsChanged: 1 });
    expect((await cityFigures(hub)).trainees).toBe(3);
  });

  it('refuses a package after a gap, naming the missing one', async () => {
    await addTrainee(baseA, '赵六', validId('19880808', 44));
    await exportPackage(baseA); // number 3, never brought to the hub
    await addTrainee(baseA, '钱七', validId('19870707', 55));
    const { path } = await exportPackage(baseA);
    await expect(importFile(path)).rejects.toThrow('缺少第 3 号数据包');
    const full = await exportPackage(baseA, 'full');
    await expect(importFile(full.path)).resolves.toMatchObject({ kind: 'full' });
    await expectHubEqualsBase(baseA, codeA);
  });

  it('carries a deletion at the base to the hub as a deletion', async () => {
    const id = await addTrainee(baseA, '孙八', validId('19860606', 66));
    await importFile((await exportPackage(baseA)).path);
    const before = (await cityFigures(hub)).trainees;
    await call(baseA, 'trainees.delete', { id });
    await importFile((await exportPackage(baseA)).path);
    const row = await hub.query('SELECT deleted_at FROM trainees WHERE base_id = $1 AND id = $2', [codeA, id]);
    expect(row.rows[0].deleted_at).not.toBeNull();
    expect((await cityFigures(hub)).trainees).toBe(before - 1);
  });

  it('counts a worker who trained at two bases once', async () => {
    const baseB = await newBase('91350582MA31BCDE0B', '石狮实训基地');
    await addTrainee(baseB, '张三', validId('19900101', 11));
    await importFile((await exportPackage(baseB)).path);
    const figures = await cityFigures(hub);
    expect(figures.traineesBaseByBase).toBe(figures.trainees + 1);
    expect(figures.bases.map((base) => base.name)).toEqual(['晋江实训基地', '石狮实训基地']);
  });

  it('refuses a package from a base the hub has not registered', async () => {
    const core = createTestCore();
    cores.push(core);
    await call(core, 'settings.updateBaseProfile', {
      name: '未登记基地',
      orgCode: '91350500MA2YQ5XK3J',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
    });
    await call(core, 'city.saveLink', { cityPublicKey });
    const { path } = await exportPackage(core);
    // Same code as base A, but another key: the signature gives it away.
    await expect(importFile(path)).rejects.toThrow('签名与登记的基地公钥不符');
  });
});
