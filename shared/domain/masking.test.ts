import { expect, it } from 'vitest';
import { maskIdNumber, maskPhone, maskTypedIdNumber } from './masking';

it('keeps the first 6 and last 4 of an ID, the first 3 and last 4 of a mobile', () => {
  expect(maskIdNumber('35058219900102123X')).toBe('350582********123X');
  expect(maskPhone('13912345678')).toBe('139****5678');
  expect(maskPhone('')).toBe('');
});

it('shows a mistyped ID so the clerk can find it: masked when long enough to identify someone, else as typed', () => {
  expect(maskTypedIdNumber('350582199001021230')).toBe('350582********1230');
  expect(maskTypedIdNumber('35058219900102x')).toBe('350582*****102X');
  expect(maskTypedIdNumber('3.50582199005E+17')).toBe('3.50582199005E+17');
  expect(maskTypedIdNumber('35058')).toBe('35058');
});
