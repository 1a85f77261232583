import { expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './masking';

it('keeps the first 6 and last 4 of an ID, the first 3 and last 4 of a mobile', () => {
  expect(maskIdNumber('35058219900102123X')).toBe('350582********123X');
  expect(maskPhone('13912345678')).toBe('139****5678');
  expect(maskPhone('')).toBe('');
});
