import { normalizeCode } from './normalize';

/** GB 32100-2015: the 31 characters a unified social credit code may use (no I, O, S, V, Z). */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { ok: true; value: string } | { ok: false; reason: string };

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]!) * weights[i]!;
  return alphabet[(31 - (sum % 31)) % 31]!;
}

/** Validates a unified social credit code; the reason says what is wrong, in Chinese. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const value = normalizeCode(input);
  if (value.length !== 18) {
    return { ok: false, reason: `统一社会信用代码应为 18 位，当前为 ${value.length} 位` };
  }
  const bad = [...value].findIndex((ch) => !alphabet.includes(ch));
  if (bad >= 0) {
    return { ok: false, reason: `第 ${bad + 1} 位“${value[bad]}”不是统一社会信用代码可用的字符（不含 I、O、S、V、Z）` };
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return { ok: false, reason: '第 3–8 位应为行政区划代码（6 位数字）' };
  }
  const expected = creditCodeCheckCharacter(value);
  if (value[17] !== expected) {
    return { ok: false, reason: `校验位不符：第 18 位应为 ${expected}，请核对代码是否抄错` };
  }
  return { ok: true, value };
}
