import { describe, expect, it } from 'vitest';
import { gradeLabel, gradeShortLabel, grades, highestGrade, isHigherGrade, parseGrade } from './grades';

describe('grade ladder', () => {
  it('offers 五级 to 一级 by default, lowest first', () => {
    expect(grades).toEqual([5, 4, 3, 2, 1]);
    expect(grades.map(gradeLabel)).toEqual(['五级/初级工', '四级/中级工', '三级/高级工', '二级/技师', '一级/高级技师']);
  });

  it('names the newer steps once', () => {
    expect(gradeLabel(6)).toBe('学徒工');
    expect(gradeLabel(0)).toBe('特级技师');
    expect(gradeShortLabel(-1)).toBe('首席技师');
  });

  it('orders grades with 一级 above 五级', () => {
    expect(isHigherGrade(1, 5)).toBe(true);
    expect(isHigherGrade(4, 3)).toBe(false);
    expect(highestGrade([5, 3, 4])).toBe(3);
    expect(highestGrade([])).toBeNull();
  });

  it('reads the ways a clerk writes a grade', () => {
    expect(parseGrade('三级')).toBe(3);
    expect(parseGrade('三级/高级工')).toBe(3);
    expect(parseGrade('技师')).toBe(2);
    expect(parseGrade(' 4 ')).toBe(4);
    expect(parseGrade('七级')).toBeNull();
  });
});
