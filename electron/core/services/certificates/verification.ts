import { createHmac } from 'node:crypto';
import { canonicalPayload, formatCode } from '@shared/domain/certificates/verification';
import type { CertificateValues } from '@shared/domain/certificates/template';

/** The code printed on a certificate: HMAC-SHA256 of its printed values under the base's key. */
export function verificationCode(hmacKeyHex: string, values: CertificateValues): string {
  const mac = createHmac('sha256', Buffer.from(hmacKeyHex, 'hex')).update(canonicalPayload(values), 'utf8').digest();
  return formatCode(mac);
}
