import { normalizeCode } from './normalize';
import { isRealDate } from './dates';

/** GB 11643-1999, ISO 7064 MOD 11-2. */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';
/** Province-level codes in use (first two digits). */
const provinces = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);

export type Sex = 'male' | 'female';

export interface ResidentId {
  idNumber: string;
  birthDate: string;
  sex: Sex;
}

export type ResidentIdCheck = ({ ok: true } & ResidentId) | { ok: false; reason: string };

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/**
 * Validates an 18-digit resident ID and derives birth date and sex from it. `today` (YYYY-MM-DD)
 * is passed in so that the rule stays pure. Every reason is a sentence a clerk can act on.
 */
export function checkResidentId(input: string, today: string): ResidentIdCheck {
  const raw = input.trim();
  if (/^\d(\.\d+)?E\+\d+$/i.test(raw)) {
    return {
      ok: false,
      reason: `身份证号被 Excel 存成了数字（${raw}），后几位已丢失；请把该列设为“文本”后重新填写`,
    };
  }
  const value = normalizeCode(raw);
  if (value === '') return { ok: false, reason: '身份证号不能为空' };
  if (/^\d{15}$/.test(value)) {
    return { ok: false, reason: '这是 15 位旧身份证号，已停止使用；请填写 18 位身份证号' };
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, reason: `身份证号应为 17 位数字加 1 位校验码（0–9 或 X），当前为“${value}”` };
  }
  if (!provinces.has(Number(value.slice(0, 2)))) {
    return { ok: false, reason: `前两位“${value.slice(0, 2)}”不是有效的省级行政区划代码` };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(birthDate) || birthDate < '1900-01-01') {
    return { ok: false, reason: `第 7–14 位的出生日期 ${value.slice(6, 14)} 不是有效日期` };
  }
  if (birthDate > today) {
    return { ok: false, reason: `出生日期 ${birthDate} 晚于今天，号码有误` };
  }
  const expected = residentIdCheckCharacter(value);
  if (value[17] !== expected) {
    return { ok: false, reason: `校验码不符：第 18 位应为 ${expected}，请核对号码是否抄错` };
  }
  return { ok: true, idNumber: value, birthDate, sex: Number(value[16]) % 2 === 1 ? 'male' : 'female' };
}
