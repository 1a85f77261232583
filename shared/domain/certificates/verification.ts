import { normalizeCode } from '../normalize';
import { valueKeys, type CertificateValues } from './template';

/**
 * The verification code is an HMAC over the printed values, computed by the core with the base's
 * secret key. This file holds only the pure parts: which bytes are signed, and how the code is
 * written, typed back and carried in the QR code.
 */
export const verificationVersion = 'JXCERT1';

/**
 * Every printed value except the code itself, in a fixed order, one `key=value` per line. A key
 * added after a certificate was issued (programmeHours) is absent from its frozen values and is
 * left out, so the certificates issued before still verify.
 */
export function canonicalPayload(values: CertificateValues): string {
  const lines = valueKeys
    .filter((key) => key !== 'verifyCode' && values[key] !== undefined)
    .map((key) => `${key}=${values[key].replace(/[\r\n]/g, ' ')}`);
  return [verificationVersion, ...lines].join('\n');
}

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const codeLength = 8;

/** 8 characters (40 bits) of the MAC, written XXXX-XXXX. */
export function formatCode(mac: Uint8Array): string {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const byte of mac) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < codeLength) {
      out += alphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === codeLength) break;
    buffer &= (1 << bits) - 1;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** What a person typed, read the way Crockford intends: case, dashes and spaces ignored, O→0, I/L→1. */
export function normalizeVerifyCode(typed: string): string {
  const compact = normalizeCode(typed).replace(/[-—]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return compact.length === codeLength ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

const qrPrefix = 'JXCERT';

/** What the QR code holds: the number and the code, nothing personal. */
export function qrText(certificateNo: string, code: string): string {
  return `${qrPrefix}|${certificateNo}|${code}`;
}

/** A scanned QR text, or null when the text is not one of ours. */
export function parseQrText(text: string): { certificateNo: string; code: string } | null {
  const parts = text.trim().split('|');
  if (parts.length !== 3 || parts[0] !== qrPrefix || !parts[1] || !parts[2]) return null;
  return { certificateNo: parts[1], code: normalizeVerifyCode(parts[2]) };
}
