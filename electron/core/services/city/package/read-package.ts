import { createHash, createPublicKey, verify, type DecipherGCM } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import type { PackageHeader } from '../../../../../shared/domain/city/package-rules';
import { AppError } from '../../../../../shared/errors';
import type { SyncedColumn } from '../tables';
import { decryptWith, frameKinds, prefixLength, tagLength, type PackageManifest } from './format';

/** What the reader hands to its caller as the package streams in; nothing counts until `readPackage` returns. */
export interface PackageSink {
  /** Checks the header before any row is read, and gives the sender's public key (PEM) to verify with. */
  header(header: PackageHeader): Promise<string>;
  table(name: string, columns: SyncedColumn[]): Promise<void>;
  /** COPY text of the current table. */
  rows(text: Buffer): Promise<void>;
  endTable(): Promise<void>;
}

const refuse = (reason: string) => new AppError('VALIDATION', reason);
const damaged = '数据包已损坏或被改动过（校验不通过），已拒收，没有写入任何数据：请基地重新生成数据包';

/**
 * Reads a package as it streams in. It can only be trusted at the end (the cipher's tag, the
 * manifest's signature and checksums), so the caller writes inside a transaction and commits only
 * when this resolves; a throw means roll back.
 */
export async function readPackage(
  source: AsyncIterable<Buffer>,
  cityPrivateKeyPem: string,
  sink: PackageSink,
): Promise<PackageManifest> {
  let pending: Buffer = Buffer.alloc(0);
  let decipher: DecipherGCM | null = null;
  let plain: Buffer = Buffer.alloc(0);
  let header: PackageHeader | null = null;
  let senderKey = '';
  let current: { name: string; hash: ReturnType<typeof createHash> } | null = null;
  const hashes = new Map<string, string>();
  let manifestBytes: Buffer | null = null;
  let signature: Buffer | null = null;

  const closeTable = async () => {
    if (!current) return;
    hashes.set(current.name, current.hash.digest('hex'));
    current = null;
    await sink.endTable();
  };

  const takeFrames = async () => {
    while (plain.length >= 5) {
      const length = plain.readUInt32BE(1);
      if (plain.length < 5 + length) return;
      const kind = plain[0];
      const payload = plain.subarray(5, 5 + length);
      plain = plain.subarray(5 + length);
      if (header === null && kind !== frameKinds.header) throw refuse(damaged);
      if (kind === frameKinds.header) {
        header = JSON.parse(payload.toString()) as PackageHeader;
        senderKey = await sink.header(header);
      } else if (kind === frameKinds.table) {
        await closeTable();
        const table = JSON.parse(payload.toString()) as { name: string; columns: SyncedColumn[] };
        current = { name: table.name, hash: createHash('sha256') };
        await sink.table(table.name, table.columns);
      } else if (kind === frameKinds.data) {
        if (!current) throw refuse(damaged);
        const text = inflateRawSync(payload);
        (current as { hash: ReturnType<typeof createHash> }).hash.update(text);
        await sink.rows(text);
      } else if (kind === frameKinds.manifest) {
        await closeTable();
        manifestBytes = Buffer.from(payload);
      } else if (kind === frameKinds.signature) {
        signature = Buffer.from(payload);
      } else {
        throw refuse(damaged);
      }
    }
  };

  const feed = async (bytes: Buffer) => {
    plain = plain.length ? Buffer.concat([plain, bytes]) : bytes;
    await takeFrames();
  };

  for await (const chunk of source) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    if (!decipher) {
      if (pending.length < prefixLength) continue;
      decipher = decryptWith(cityPrivateKeyPem, pending.subarray(0, prefixLength));
      if (!decipher) throw refuse('这不是匠训的市级汇总数据包（文件开头不对），请确认选对了文件');
      pending = pending.subarray(prefixLength);
    }
    // The last 16 bytes may be the tag: hold them back until the stream ends.
    if (pending.length > tagLength) {
      const body = pending.subarray(0, pending.length - tagLength);
      pending = pending.subarray(pending.length - tagLength);
      await feed(decipher.update(body));
    }
  }
  if (!decipher || pending.length !== tagLength) throw refuse(damaged);
  decipher.setAuthTag(pending);
  try {
    await feed(decipher.final());
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(damaged);
  }
  if (!manifestBytes || !signature || !header || plain.length !== 0) throw refuse(damaged);
  if (!verify(null, manifestBytes, createPublicKey(senderKey), signature)) {
    throw refuse(
      '数据包的签名与登记的基地公钥不符，已拒收：可能不是该基地生成的，或基地更换过密钥（请市级管理员核对登记的公钥）',
    );
  }
  const manifest = JSON.parse((manifestBytes as Buffer).toString()) as PackageManifest;
  const signedHeader: PackageHeader = {
    baseCode: manifest.baseCode,
    sequence: manifest.sequence,
    kind: manifest.kind,
    schemaVersion: manifest.schemaVersion,
    from: manifest.from,
    to: manifest.to,
  };
  const h = header as PackageHeader;
  const sameHeader = (Object.keys(signedHeader) as (keyof PackageHeader)[]).every(
    (key) => signedHeader[key] === h[key],
  );
  const sameTables =
    manifest.tables.length === hashes.size && manifest.tables.every((table) => hashes.get(table.name) === table.sha256);
  if (!sameHeader || !sameTables) throw refuse(damaged);
  return manifest;
}
