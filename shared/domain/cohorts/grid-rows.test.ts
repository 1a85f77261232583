import { describe, expect, it } from 'vitest';
import { nextOpenRow, pasteTargets } from './grid-rows';

const locked = [false, true, true, false, false, true];

describe('moving through a grid with locked rows', () => {
  it('skips locked rows down and up, and stops at the edges', () => {
    expect(nextOpenRow(locked, 0, 1)).toBe(3);
    expect(nextOpenRow(locked, 3, -1)).toBe(0);
    expect(nextOpenRow(locked, 4, 1)).toBeNull();
    expect(nextOpenRow(locked, 0, -1)).toBeNull();
  });

  it('fills a pasted column into open rows only', () => {
    expect(pasteTargets(locked, 0, 3)).toEqual([0, 3, 4]);
    expect(pasteTargets(locked, 1, 2)).toEqual([3, 4]);
    expect(pasteTargets(locked, 4, 5)).toEqual([4]);
  });
});
