import { createHash, createPrivateKey, sign } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { PackageHeader } from '../../../../../shared/domain/city/package-rules';
import type { SyncedTable } from '../tables';
import { copyField, encryptFor, frame, frameKinds, type PackageManifest, type PackageTableEntry } from './format';

/** Rows go out in chunks of about this many bytes of COPY text: 1 MB deflates well and stays small in memory. */
const chunkBytes = 1 << 20;

export interface PackageSource {
  header: PackageHeader;
  baseName: string;
  createdAt: string;
  signingKeyPem: string;
  cityPublicKeyPem: string;
  tables: readonly SyncedTable[];
  /** The rows of one table to send, as arrays in the table's column order. */
  rows(table: SyncedTable): Iterable<unknown[]>;
  /** Called between chunks with the rows written so far: progress and cancel. */
  onRows(written: number): void;
}

/** Writes a signed, encrypted package through `write` (synchronous, inside the read transaction that gives one snapshot). */
export function writePackage(source: PackageSource, write: (bytes: Buffer) => void): PackageManifest {
  const { prefix, cipher } = encryptFor(source.cityPublicKeyPem);
  write(prefix);
  const emit = (kind: number, payload: Uint8Array) => write(cipher.update(frame(kind, payload)));
  emit(frameKinds.header, Buffer.from(JSON.stringify(source.header)));

  const entries: PackageTableEntry[] = [];
  let written = 0;
  for (const table of source.tables) {
    emit(frameKinds.table, Buffer.from(JSON.stringify({ name: table.name, columns: table.columns })));
    const hash = createHash('sha256');
    let rows = 0;
    let chunk: string[] = [];
    let size = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const text = Buffer.from(chunk.join(''));
      hash.update(text);
      emit(frameKinds.data, deflateRawSync(text, { level: 1 }));
      chunk = [];
      size = 0;
      source.onRows(written);
    };
    for (const row of source.rows(table)) {
      const line = `${row.map(copyField).join('\t')}\n`;
      chunk.push(line);
      size += line.length;
      rows += 1;
      written += 1;
      if (size >= chunkBytes) flush();
    }
    flush();
    entries.push({ name: table.name, columns: table.columns, rows, sha256: hash.digest('hex') });
  }

  const manifest: PackageManifest = {
    format: 1,
    ...source.header,
    baseName: source.baseName,
    createdAt: source.createdAt,
    tables: entries,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  emit(frameKinds.manifest, manifestBytes);
  emit(frameKinds.signature, sign(null, manifestBytes, createPrivateKey(source.signingKeyPem)));
  write(cipher.final());
  write(cipher.getAuthTag());
  return manifest;
}
