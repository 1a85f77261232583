import { pinyin } from 'pinyin-pro';

/**
 * The sort and search keys of a name: toneless full pinyin (zhangsan) and initials (zs). Surname
 * mode reads 单 as shan and 曾 as zeng, as a clerk would say them.
 */
export function pinyinKeys(name: string): { full: string; initials: string } {
  const options = { toneType: 'none', separator: '', surname: 'head', nonZh: 'consecutive' } as const;
  return {
    full: pinyin(name, options).toLowerCase(),
    initials: pinyin(name, { ...options, pattern: 'first' }).toLowerCase(),
  };
}
