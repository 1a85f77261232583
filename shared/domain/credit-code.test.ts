import { describe, expect, it } from 'vitest';
import { checkCreditCode } from './credit-code';

describe('checkCreditCode (GB 32100)', () => {
  it('accepts a valid code typed in any case or width', () => {
    expect(checkCreditCode('91350500MA2YQ5XK3J')).toEqual({ ok: true, value: '91350500MA2YQ5XK3J' });
    expect(checkCreditCode('９１３５０５００ma2yq5xk3j')).toEqual({ ok: true, value: '91350500MA2YQ5XK3J' });
  });

  it('names the expected check character', () => {
    expect(checkCreditCode('91350500MA2YQ5XK3A')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('第 18 位应为 J'),
    });
  });

  it('rejects letters the standard excludes and wrong lengths', () => {
    expect(checkCreditCode('91350500MA2YQ5XO3J')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('不含 I、O、S、V、Z'),
    });
    expect(checkCreditCode('91350500MA2YQ5X')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('当前为 15 位'),
    });
  });
});
