import { expect, it } from 'vitest';
import { parseLooseDate } from './loose-date';

it('reads the date formats people type, and Excel serial numbers', () => {
  for (const text of ['1990-01-02', '1990/1/2', '1990.01.02', '19900102', '1990年1月2日', '32875', ' 1990-1-2 ']) {
    expect(parseLooseDate(text), text).toEqual({ ok: true, value: '1990-01-02' });
  }
  expect(parseLooseDate('2010.07')).toEqual({ ok: true, value: '2010-07-01' });
  expect(parseLooseDate('1990-02-30')).toMatchObject({
    ok: false,
    reason: expect.stringContaining('不是真实存在的日期'),
  });
  expect(parseLooseDate('去年')).toMatchObject({ ok: false, reason: expect.stringContaining('不是可识别的日期') });
});
