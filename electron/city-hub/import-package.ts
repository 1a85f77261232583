import type pg from 'pg';
import { advance, decideImport, type PackageHeader } from '../../shared/domain/city/package-rules';
import { AppError } from '../../shared/errors';
import { readPackage } from '../core/services/city/package/read-package';
import { syncedTables, type SyncedColumn } from '../core/services/city/tables';
import { cityKeys, knownSchemaVersions, pgType } from './hub-schema';
import { copyFrom, type CopyStream } from './pg-copy';

export interface ImportOutcome {
  baseCode: string;
  baseName: string;
  sequence: number;
  kind: 'changes' | 'full';
  replay: boolean;
  /** Rows in the package, and rows that changed the hub (0 for a package the hub already had). */
  rowsInPackage: number;
  rowsChanged: number;
  /** The hub's acknowledged watermark for the base after the import: the next package starts here. */
  watermark: string | null;
  lastSequence: number;
}

const refuse = (reason: string) => new AppError('VALIDATION', reason);

/**
 * Imports one package in one transaction: every table is COPYed into a staging table, and only
 * once the whole file has proved genuine (cipher tag, signature, checksums) are the staged rows
 * merged, each replacing the hub's row only when its `updated_at` is later. A refused or broken
 * package leaves the hub exactly as it was.
 */
export async function importPackage(client: pg.ClientBase, source: AsyncIterable<Buffer>): Promise<ImportOutcome> {
  const { privateKey } = await cityKeys(client);
  const versions = knownSchemaVersions();
  const hubTables = new Map(syncedTables.map((table) => [table.name, table]));
  const staged: { name: string; columns: SyncedColumn[]; copied: number }[] = [];
  const open: { copy: CopyStream | null } = { copy: null };
  let base: {
    base_id: string;
    name: string;
    public_key: string;
    last_sequence: number;
    watermark: string | null;
  } | null = null;
  let decision: { replay: boolean } | null = null;

  await client.query('BEGIN');
  try {
    const manifest = await readPackage(source, privateKey, {
      header: async (header: PackageHeader) => {
        const found = await client.query<NonNullable<typeof base>>(
          'SELECT base_id, name, public_key, last_sequence, watermark FROM city_bases WHERE base_id = $1 FOR UPDATE',
          [header.baseCode],
        );
        base = found.rows[0] ?? null;
        if (!base)
          throw refuse(`基地代码 ${header.baseCode} 还没有在市级平台登记，已拒收：请市级管理员先登记该基地及其公钥`);
        const decided = decideImport({ lastSequence: base.last_sequence, watermark: base.watermark }, header, versions);
        if (!decided.apply) throw refuse(decided.reason);
        decision = decided;
        return base.public_key;
      },
      table: async (name, columns) => {
        const hubTable = hubTables.get(name);
        const unknown = hubTable
          ? columns.filter((column) => !hubTable.columns.some((c) => c.name === column.name))
          : columns;
        if (!hubTable || unknown.length > 0) {
          throw refuse(
            `数据包含市级平台还没有的数据（${name}${hubTable ? `.${unknown[0]!.name}` : ''}）：请先升级市级平台，再导入这个数据包`,
          );
        }
        const definition = columns.map((column) => `"${column.name}" ${pgType(column)}`).join(', ');
        await client.query(`CREATE TEMP TABLE "stage_${name}" (${definition}) ON COMMIT DROP`);
        open.copy = copyFrom(
          client,
          `"stage_${name}"`,
          columns.map((column) => column.name),
        );
        staged.push({ name, columns, copied: 0 });
      },
      rows: async (text) => {
        await open.copy!.write(text);
      },
      endTable: async () => {
        staged[staged.length - 1]!.copied = await open.copy!.end();
        open.copy = null;
      },
    });
    const counts = new Map(manifest.tables.map((table) => [table.name, table.rows]));
    let rowsChanged = 0;
    for (const table of staged) {
      if (counts.get(table.name) !== table.copied)
        throw refuse('数据包的行数与清单不符，已拒收，没有写入任何数据：请基地重新生成数据包');
      const names = table.columns.map((column) => `"${column.name}"`);
      const updates = names.filter((name) => name !== '"id"').map((name) => `${name} = EXCLUDED.${name}`);
      const merged = await client.query(
        `INSERT INTO "${table.name}" (base_id, ${names.join(', ')}) SELECT $1, ${names.join(', ')} FROM "stage_${table.name}"
         ON CONFLICT (base_id, id) DO UPDATE SET ${updates.join(', ')} WHERE "${table.name}".updated_at < EXCLUDED.updated_at`,
        [manifest.baseCode],
      );
      rowsChanged += merged.rowCount ?? 0;
    }
    const known = base!;
    const next = advance({ lastSequence: known.last_sequence, watermark: known.watermark }, manifest);
    await client.query(
      'UPDATE city_bases SET last_sequence = $2, watermark = $3, last_import_at = now() WHERE base_id = $1',
      [known.base_id, next.lastSequence, next.watermark],
    );
    const rowsInPackage = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const replay = decision!.replay;
    await client.query(
      'INSERT INTO city_imports (base_id, sequence, kind, rows_in_package, rows_changed, replay) VALUES ($1, $2, $3, $4, $5, $6)',
      [known.base_id, manifest.sequence, manifest.kind, rowsInPackage, rowsChanged, replay],
    );
    await client.query('COMMIT');
    return {
      baseCode: known.base_id,
      baseName: known.name,
      sequence: manifest.sequence,
      kind: manifest.kind,
      replay,
      rowsInPackage,
      rowsChanged,
      watermark: next.watermark,
      lastSequence: next.lastSequence,
    };
  } catch (error) {
    if (open.copy) await open.copy.abort();
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
