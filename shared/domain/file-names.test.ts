import { describe, expect, it } from 'vitest';
import { safeFileName } from './file-names';

describe('safe file names', () => {
  it.each([
    ['2026年第3期 电工 五级/初级工-报名花名册.xlsx', '2026年第3期 电工 五级-初级工-报名花名册.xlsx'],
    ['a\\b:c*d?e"f<g>h|i.pdf', 'a-b-c-d-e-f-g-h-i.pdf'],
    ['名单. .zip', '名单.zip'],
    ['CON.xlsx', '_CON.xlsx'],
    ['///.pdf', '文件.pdf'],
    ['班级\t名称\n.pdf', '班级 名称.pdf'],
  ])('%s → %s', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps names short enough for every file system, extension included', () => {
    const long = safeFileName(`${'丰泽元利酒店管理有限公司'.repeat(20)}.xlsx`);
    expect([...long].length).toBeLessThanOrEqual(85);
    expect(long.endsWith('.xlsx')).toBe(true);
    expect(Buffer.byteLength(long)).toBeLessThan(255);
  });
});
