import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, formatYuan, maxFen, parseYuan, splitEvenly, sumFen } from './fen';

// A fixed seed: a failure found once is found again on the next run.
const runs = { seed: 20261202, numRuns: 500 };

describe('fen and yuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100000, '1,000.00'],
    [264250000_00, '264,250,000.00'],
    [-50, '-0.50'],
  ])('shows %i fen as %s', (fen, text) => expect(formatYuan(fen)).toBe(text));

  it.each([
    ['1000', 100000],
    ['1,000.5', 100050],
    ['１０００元', 100000],
    ['¥ 3,000.00', 300000],
    ['0.07', 7],
  ])('reads %s as %i fen', (text, fen) => expect(parseYuan(text)).toBe(fen));

  it.each(['', 'abc', '1.234', '1e3', '12.3.4'])('refuses %j as an amount', (text) =>
    expect(parseYuan(text)).toBeNull(),
  );

  it('reads back every amount it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -maxFen, max: maxFen }), (fen) => parseYuan(formatYuan(fen)) === fen),
      runs,
    );
  });

  it('splits 1,000 元 in three with the odd fen on the first', () => {
    expect(splitEvenly(100000, 3)).toEqual([33334, 33333, 33333]);
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(300000, [1, 1, 1])).toEqual([100000, 100000, 100000]);
  });

  it('allocates a total by weight to the exact fen, every part within one fen of its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: maxFen }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(sumFen(parts)).toBe(total);
          parts.forEach((part, i) => {
            expect(Number.isSafeInteger(part) && part >= 0).toBe(true);
            expect(Math.abs(part - (total * weights[i]!) / sum)).toBeLessThan(1);
          });
        },
      ),
      runs,
    );
  });

  it('refuses what cannot be allocated', () => {
    expect(() => allocate(100, [])).toThrow();
    expect(() => allocate(100, [0, 0])).toThrow();
    expect(() => allocate(-1, [1])).toThrow();
    expect(() => allocate(1.5, [1])).toThrow();
  });
});
