/**
 * Certificate numbers from a pattern such as `{base}{yyyy}{grade}{seq6}`. Each distinct prefix (the
 * pattern with everything but the sequence filled in) has its own counter, so a new year or grade
 * starts again at 1 and numbers stay dense within a prefix.
 */
export interface NumberParts {
  base: string;
  /** YYYY-MM-DD of issue. */
  issueDate: string;
  /** Grade code (5 … 1) or empty for a completion certificate. */
  grade: string;
}

const tokenPattern = /\{(base|yyyy|yy|mm|grade|seq(\d{1,2}))\}/g;

export type PatternCheck = { ok: true } | { ok: false; reason: string };

export function checkNumberPattern(pattern: string): PatternCheck {
  const unknown = pattern.replace(tokenPattern, '').match(/\{[^}]*\}/);
  if (unknown) return { ok: false, reason: `不认识的占位符 ${unknown[0]}，可用：{base} {yyyy} {yy} {mm} {grade} {seq6}` };
  if (/[{}]/.test(pattern.replace(tokenPattern, ''))) return { ok: false, reason: '花括号不成对' };
  const sequences = [...pattern.matchAll(tokenPattern)].filter((m) => m[2] !== undefined);
  if (sequences.length !== 1) return { ok: false, reason: '编号规则必须含且只含一个流水号，例如 {seq6}（6 位流水号）' };
  const width = Number(sequences[0]![2]);
  if (width < 3 || width > 10) return { ok: false, reason: '流水号位数应在 3 到 10 之间' };
  if (pattern.length > 60) return { ok: false, reason: '编号规则不能超过 60 个字符' };
  return { ok: true };
}

function fill(pattern: string, parts: NumberParts, sequence: (width: number) => string): string {
  const [yyyy = '', mm = ''] = parts.issueDate.split('-');
  return pattern.replace(tokenPattern, (_whole, token: string, width?: string) => {
    if (width !== undefined) return sequence(Number(width));
    switch (token) {
      case 'base':
        return parts.base;
      case 'yyyy':
        return yyyy;
      case 'yy':
        return yyyy.slice(2);
      case 'mm':
        return mm;
      default:
        return parts.grade;
    }
  });
}

/** The counter a number draws from: the pattern filled in, with `#` where the sequence goes. */
export function sequenceScope(pattern: string, parts: NumberParts): string {
  return fill(pattern, parts, () => '#');
}

export function formatNumber(pattern: string, parts: NumberParts, value: number): string {
  return fill(pattern, parts, (width) => {
    const digits = String(value);
    if (digits.length > width) throw new RangeError(`流水号 ${value} 超过 ${width} 位`);
    return digits.padStart(width, '0');
  });
}

export const defaultNumberPatterns = {
  completion: '{base}{yyyy}{seq6}',
  skill: '{base}{yyyy}{grade}{seq6}',
} as const;
