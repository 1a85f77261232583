import { describe, expect, it } from 'vitest';
import { parseAward } from './levels';
import { parseRank, parseScore, placingProblems, totalScore, type Placing } from './results';

describe('result sheet cells', () => {
  it.each([
    ['4', 4],
    ['第4名', 4],
    ['４', 4],
    ['', null],
    ['--', null],
  ])('rank %s', (text, value) => expect(parseRank(text)).toEqual({ ok: true, value }));
  it('a rank that is not a whole number says so', () => {
    expect(parseRank('四')).toEqual({ ok: false, reason: '“四”不是名次：请填 1 起的整数' });
    expect(parseRank('0').ok).toBe(false);
  });
  it('scores: 缺考 is absent, -- is none, 101 is out of range', () => {
    expect(parseScore('缺考')).toEqual({ ok: true, value: { score: null, absent: true } });
    expect(parseScore('--')).toEqual({ ok: true, value: { score: null, absent: false } });
    expect(parseScore('88.5')).toEqual({ ok: true, value: { score: 88.5, absent: false } });
    expect(parseScore('101')).toEqual({ ok: false, reason: '101 超出范围：成绩为 0–100 分' });
  });
  it('awards: medals and 优胜奖; 一等奖 is not a medal', () => {
    expect(parseAward('金 牌')).toBe('gold');
    expect(parseAward('优胜奖')).toBe('merit');
    expect(parseAward('')).toBeNull();
    expect(parseAward('一等奖')).toBeUndefined();
  });
  it('totals one decimal', () => expect(totalScore([80.1, null, 9.2])).toBe(89.3));
});

describe('placings that cannot be published', () => {
  const p = (key: string, rank: number | null, extra: Partial<Placing> = {}): Placing => ({
    key,
    label: key,
    group: 'workers',
    rank,
    absent: false,
    scores: [80],
    ...extra,
  });
  it('a medal rank held twice, a rank beside 缺考, a rank without a score', () => {
    const problems = placingProblems([
      p('甲', 1),
      p('乙', 1),
      p('丙', 2, { absent: true }),
      p('丁', 3, { scores: [null, null] }),
      p('戊', 5),
      p('己', 5),
    ]);
    expect(Object.fromEntries(problems)).toEqual({
      甲: '甲：第 1 名重复（甲、乙），奖牌名次不能并列',
      乙: '乙：第 1 名重复（甲、乙），奖牌名次不能并列',
      丙: '丙：缺考却填了名次',
      丁: '丁：有名次但没有成绩',
    });
  });
  it('the same rank in two groups is no tie', () => {
    expect(placingProblems([p('甲', 1), p('乙', 1, { group: 'students' })]).size).toBe(0);
  });
});
