import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt with N = 2^17, r = 8, p = 1 (OWASP's figure for scrypt): 128 MiB and ~0.3 s a hash on
 * these machines (npm run bench -- --only 登录). Async, on libuv's pool, inside a core thread,
 * so neither the window nor the core thread's own loop waits. The parameters are written into the
 * hash (scrypt$N$r$p$salt$hash), so they can be raised later and old hashes still verify.
 */
export const scryptCost = { N: 2 ** 17, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // maxmem must exceed 128 * N * r bytes (128 MiB here); node's default is 32 MiB.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(
  password: string,
  cost: { N: number; r: number; p: number } = scryptCost,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | null = null;
/** A hash of a random password, made once: verified against when the login is unknown, so a wrong login takes as long as a wrong password. */
export function unknownLoginHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(16).toString('hex')));
}

/** A temporary password an administrator reads out: 10 characters without look-alikes (0/O, 1/l/I). */
export function temporaryPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const digits = '23456789';
  const all = letters + digits;
  const bytes = randomBytes(10);
  const chars = [...bytes].map(
    (b, i) =>
      (i === 0 ? letters : i === 1 ? digits : all)[
        b % (i === 0 ? letters.length : i === 1 ? digits.length : all.length)
      ]!,
  );
  return chars.join('');
}
