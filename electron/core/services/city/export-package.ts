import { closeSync, openSync, writeSync } from 'node:fs';
import type { CityPackageSummary } from '../../../../shared/contract/city';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import { writePackage } from './package/write-package';
import { countChangedRows, inOneSnapshot, iterateChangedRows, newestChange, readBaseIdentity, readLink } from './store';
import { syncedTables } from './tables';

/**
 * A package of every synced row changed since the last package (soft-deleted rows go as they are,
 * as tombstones), or of every row. It starts at the last package's watermark itself, since rows
 * written in that same instant may not all have been in it: the hub keeps the later `updated_at`,
 * so a row sent twice changes nothing.
 */
export function exportPackage(ctx: HandlerContext, input: { kind: 'changes' | 'full' }): CityPackageSummary {
  const link = readLink(ctx);
  const base = readBaseIdentity(ctx);
  if (!base.code) throw new AppError('VALIDATION', '请先在“基地信息”中填写统一社会信用代码：市级平台以它识别本基地');
  if (!link?.cityPublicKey)
    throw new AppError('VALIDATION', '请先导入市级平台公钥：数据包含身份证号等个人信息，只能加密给市级平台');
  const from = input.kind === 'full' || link.lastSequence === 0 ? null : link.lastWatermark;
  const kind = from === null ? 'full' : 'changes';
  const sequence = link.lastSequence + 1;
  const output = ctx.files.output!;

  return inOneSnapshot(ctx, () => {
    const total = syncedTables.reduce((sum, table) => sum + countChangedRows(ctx, table, from), 0);
    const watermark = newestChange(ctx, syncedTables) ?? from;
    const fd = openSync(output.path, 'w');
    try {
      const manifest = writePackage(
        {
          header: { baseCode: base.code, sequence, kind, schemaVersion: ctx.schemaVersion, from, to: watermark },
          baseName: base.name,
          createdAt: ctx.now,
          signingKeyPem: link.basePrivateKey,
          cityPublicKeyPem: link.cityPublicKey,
          tables: syncedTables,
          rows: (table) => iterateChangedRows(ctx, table, from),
          onRows: (written) => {
            ctx.job.checkCancelled();
            ctx.job.progress(written, total, `正在写入数据包（${written} / ${total} 行）`);
          },
        },
        (bytes) => writeSync(fd, bytes),
      );
      ctx.job.progress(total, total, '数据包已生成');
      return {
        sequence,
        kind,
        from,
        watermark,
        rows: total,
        tables: manifest.tables.map((table) => ({ name: table.name, rows: table.rows })),
      };
    } finally {
      closeSync(fd);
    }
  });
}
