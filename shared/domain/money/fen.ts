/**
 * Money is integer fen (分) everywhere: stored, summed and sent as whole numbers, so sums are exact
 * and 0.1 + 0.2 never shows up on a payment list. Yuan exist only as text on screen and in files.
 */
export type Fen = number;

/** The largest amount one field may hold: 1 亿元, far above any subsidy or tuition, well inside 2^53. */
export const maxFen = 100_000_000_00;

export function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && Math.abs(value) <= maxFen;
}

/** 123456 → "1,234.56"; −50 → "-0.50". */
export function formatYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1,234.56 元" as a clerk reads it. */
export function yuanLabel(fen: Fen): string {
  return `${formatYuan(fen)} 元`;
}

/**
 * Reads yuan as people type them ("1000", "1,000.5", "１０００元", "¥1000.00") into fen; null when the
 * text is not an amount or has more than two decimals (a third decimal is a typing error, not a
 * rounding question).
 */
export function parseYuan(text: string): Fen | null {
  const cleaned = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，¥￥]|元$/g, '');
  const match = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  const value = match[1] ? -fen : fen;
  return isFen(value) ? value : null;
}

/**
 * Splits a total into parts by weight so that the parts sum to the total exactly: each part gets
 * its floor share, and the fen left over go one each to the largest remainders (earlier parts win
 * ties). 1,000.00 元 in 3 → 333.34 + 333.33 + 333.33.
 */
export function allocate(total: Fen, weights: readonly number[]): Fen[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be whole fen ≥ 0: ${total}`);
  if (weights.length === 0 || weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError('weights must be whole numbers ≥ 0');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new RangeError('at least one weight must be above 0');
  // BigInt: total × weight can pass 2^53 for large totals and weights.
  const shares = weights.map((w) => (BigInt(total) * BigInt(w)) / BigInt(sum));
  const remainders = weights.map((w, i) => ({ i, r: (BigInt(total) * BigInt(w)) % BigInt(sum) }));
  let left = total - shares.reduce((a, b) => a + Number(b), 0);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const parts = shares.map(Number);
  for (const { i } of remainders) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/** `count` equal instalments of a total (the first ones carry the odd fen). */
export function splitEvenly(total: Fen, count: number): Fen[] {
  return allocate(
    total,
    Array.from({ length: count }, () => 1),
  );
}

export function sumFen(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0);
}
