import { expect, it } from 'vitest';
import { containsPattern, escapeLike, prefixPattern } from './like-pattern';

it('a typed % or _ (or the escape character) matches only itself', () => {
  expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  expect(containsPattern('电_工')).toBe('%电\\_工%');
  expect(prefixPattern('张%')).toBe('张\\%%');
});
