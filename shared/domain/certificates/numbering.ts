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
  if (unknown)
    return { ok: false, reason: `不认识的占位符 ${unknown[0]}，可用：{base} {yyyy} {yy} {mm} {grade} {seq6}` };
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

/**
 * The numbering form's view of a pattern: fixed text, then the parts a clerk picks, in this order,
 * joined by one separator. Any pattern the form can make it can read back; a hand-written pattern
 * that does not fit (text between parts, a different order) reads as null and is edited as text.
 */
export interface NumberLayout {
  prefix: string;
  base: boolean;
  year: 'yyyy' | 'yy' | 'none';
  month: boolean;
  grade: boolean;
  separator: '' | '-';
  digits: number;
}

export function patternFromLayout(layout: NumberLayout): string {
  const parts = [
    layout.base ? '{base}' : '',
    layout.year === 'none' ? '' : `{${layout.year}}`,
    layout.month ? '{mm}' : '',
    layout.grade ? '{grade}' : '',
    `{seq${layout.digits}}`,
  ].filter(Boolean);
  return `${layout.prefix}${layout.prefix && layout.separator ? layout.separator : ''}${parts.join(layout.separator)}`;
}

export function layoutFromPattern(pattern: string): NumberLayout | null {
  const start = pattern.indexOf('{');
  if (start < 0) return null;
  const head = pattern.slice(0, start);
  const body = pattern.slice(start);
  const separator = /\}-\{/.test(body) ? '-' : '';
  const names = [...body.matchAll(/\{([a-z0-9]+)\}/g)].map((m) => m[1]!);
  const seq = /^seq(\d{1,2})$/.exec(names.at(-1) ?? '');
  if (!seq) return null;
  const layout: NumberLayout = {
    prefix: separator && head.endsWith('-') ? head.slice(0, -1) : head,
    base: names.includes('base'),
    year: names.includes('yyyy') ? 'yyyy' : names.includes('yy') ? 'yy' : 'none',
    month: names.includes('mm'),
    grade: names.includes('grade'),
    separator,
    digits: Number(seq[1]),
  };
  // Whatever the form cannot make again exactly (another order, text between parts) stays text.
  return patternFromLayout(layout) === pattern ? layout : null;
}

/** In words, when the sequence starts again at 1: the parts that change a number's prefix. */
export function restartRule(layout: NumberLayout): string {
  const scopes = [
    layout.year !== 'none' ? '每年' : '',
    layout.month ? '每月' : '',
    layout.grade ? '每个等级' : '',
  ].filter(Boolean);
  return scopes.length === 0 ? '流水号一直连续，不重新开始' : `${scopes.join('、')}的流水号各自从 1 开始`;
}
