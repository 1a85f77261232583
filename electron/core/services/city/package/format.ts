import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  type DecipherGCM,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import type { PackageHeader } from '../../../../../shared/domain/city/package-rules';
import type { SyncedColumn } from '../tables';

/**
 * A package file: `JXCITY1\n`, the sender's one-off X25519 public key (DER), a 12-byte nonce, then
 * AES-256-GCM ciphertext with its 16-byte tag at the end. The key is HKDF-SHA256 of the X25519
 * agreement with the city's public key, so only the city can read the file. The plaintext is a
 * run of frames (kind byte, 4-byte length, payload): H the header, then per table T (name and
 * columns) and D chunks (raw-deflated PostgreSQL COPY text), then M the manifest and S its
 * Ed25519 signature. The manifest holds the SHA-256 of every table's COPY text, so the signature
 * covers every row.
 */
export const packageMagic = Buffer.from('JXCITY1\n', 'latin1');
export const publicKeyDerLength = 44;
export const nonceLength = 12;
export const tagLength = 16;
const hkdfInfo = Buffer.from('jiangxun city package v1');

export const frameKinds = { header: 0x48, table: 0x54, data: 0x44, manifest: 0x4d, signature: 0x53 } as const;

export interface PackageTableEntry {
  name: string;
  columns: SyncedColumn[];
  rows: number;
  sha256: string;
}

export interface PackageManifest extends PackageHeader {
  format: 1;
  baseName: string;
  createdAt: string;
  tables: PackageTableEntry[];
}

function packageKey(ownPrivate: KeyObject, otherPublic: KeyObject, ephemeralDer: Buffer): Buffer {
  const shared = diffieHellman({ privateKey: ownPrivate, publicKey: otherPublic });
  return Buffer.from(hkdfSync('sha256', shared, ephemeralDer, hkdfInfo, 32));
}

/** The cipher for a new package to the city's public key, and the clear prefix to write before its output. */
export function encryptFor(cityPublicKeyPem: string) {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralDer = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const nonce = randomBytes(nonceLength);
  const key = packageKey(ephemeral.privateKey, createPublicKey(cityPublicKeyPem), ephemeralDer);
  return {
    prefix: Buffer.concat([packageMagic, ephemeralDer, nonce]),
    cipher: createCipheriv('aes-256-gcm', key, nonce),
  };
}

/** The decipher for a package whose clear prefix is `prefix`, or null when the file is not a package. */
export function decryptWith(cityPrivateKeyPem: string, prefix: Buffer) {
  if (!prefix.subarray(0, packageMagic.length).equals(packageMagic)) return null;
  const ephemeralDer = prefix.subarray(packageMagic.length, packageMagic.length + publicKeyDerLength);
  const nonce = prefix.subarray(packageMagic.length + publicKeyDerLength);
  const ephemeral = createPublicKey({ key: ephemeralDer, format: 'der', type: 'spki' });
  const key = packageKey(createPrivateKey(cityPrivateKeyPem), ephemeral, ephemeralDer);
  return createDecipheriv('aes-256-gcm', key, nonce) as DecipherGCM;
}

export const prefixLength = packageMagic.length + publicKeyDerLength + nonceLength;

export function frame(kind: number, payload: Uint8Array): Buffer {
  const head = Buffer.alloc(5);
  head[0] = kind;
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
}

/** One value in PostgreSQL's COPY text format: \N for NULL, backslash escapes for the separators. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}
