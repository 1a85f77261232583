import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { AppError } from '../../../../../shared/errors';

export interface KeyPairPem {
  privateKey: string;
  publicKey: string;
}

/** The base's Ed25519 key pair: it signs every package the base makes. */
export function generateSigningKeys(): KeyPairPem {
  return generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** The city's X25519 key pair: packages are encrypted for its public key, since they carry personal data. */
export function generateEncryptionKeys(): KeyPairPem {
  return generateKeyPairSync('x25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** A short fingerprint that two people can read to each other over the phone: 8 groups of 4 hex digits. */
export function fingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ').toUpperCase();
}

/** Checks pasted text is a public key of the expected kind, with a Chinese reason otherwise. */
export function checkPublicKey(pem: string, kind: 'x25519' | 'ed25519', label: string): string {
  try {
    const key = createPublicKey(pem.trim());
    if (key.asymmetricKeyType !== kind) throw new Error(String(key.asymmetricKeyType));
    return key.export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    throw new AppError(
      'VALIDATION',
      `${label}不是有效的公钥：请完整粘贴以“-----BEGIN PUBLIC KEY-----”开头、“-----END PUBLIC KEY-----”结尾的文字`,
    );
  }
}
