import { toHalfWidth } from '../normalize';
import { parseMark } from '../cohorts/marks';
import { medalForRank, type ContestantGroup } from './levels';

/** A contestant's placing as typed or imported: rank, absence, and the total of the score parts. */
export interface Placing {
  key: string;
  label: string;
  group: ContestantGroup;
  rank: number | null;
  absent: boolean;
  /** Each part's score; null where it was left empty. */
  scores: (number | null)[];
}

export type ParsedCell<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "4", "第4名", "４" → 4; "" or "--" is no rank. */
export function parseRank(text: string): ParsedCell<number | null> {
  const value = toHalfWidth(text).replace(/[\s第名]/g, '');
  if (value === '' || /^-+$/.test(value)) return { ok: true, value: null };
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1) return { ok: false, reason: `“${text}”不是名次：请填 1 起的整数` };
  return { ok: true, value: Number(value) };
}

/** A part's score: 0–100 with one decimal, "缺考", or "" / "--" for none. */
export function parseScore(text: string): ParsedCell<{ score: number | null; absent: boolean }> {
  if (/^\s*-+\s*$/.test(text)) return { ok: true, value: { score: null, absent: false } };
  const parsed = parseMark(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (parsed.mark === null) return { ok: true, value: { score: null, absent: false } };
  if (parsed.mark.code === 'misconduct') return { ok: true, value: { score: null, absent: true } };
  return {
    ok: true,
    value: parsed.mark.code === 'absent' ? { score: null, absent: true } : { score: parsed.mark.score, absent: false },
  };
}

/**
 * What stops a set of placings from being published, per contestant: a medal rank (1–3) held by two
 * people in one group, a rank beside 缺考, a rank without any score. Ties after the medals are allowed.
 */
export function placingProblems(placings: readonly Placing[]): Map<string, string> {
  const problems = new Map<string, string>();
  const byRank = new Map<string, Placing[]>();
  for (const p of placings) {
    if (p.rank === null) continue;
    if (p.absent) problems.set(p.key, `${p.label}：缺考却填了名次`);
    else if (p.scores.length > 0 && p.scores.every((s) => s === null))
      problems.set(p.key, `${p.label}：有名次但没有成绩`);
    const key = `${p.group}:${p.rank}`;
    byRank.set(key, [...(byRank.get(key) ?? []), p]);
  }
  for (const same of byRank.values()) {
    if (same.length < 2 || medalForRank(same[0]!.rank!) === null) continue;
    const names = same.map((p) => p.label).join('、');
    for (const p of same)
      if (!problems.has(p.key)) problems.set(p.key, `${p.label}：第 ${p.rank} 名重复（${names}），奖牌名次不能并列`);
  }
  return problems;
}

/** The total of the parts that have a score, to one decimal. */
export function totalScore(scores: readonly (number | null)[]): number | null {
  const given = scores.filter((s): s is number => s !== null);
  return given.length === 0 ? null : Math.round(given.reduce((a, b) => a + b, 0) * 10) / 10;
}
