import { describe, expect, it } from 'vitest';
import { checkResidentId, residentIdCheckCharacter } from './resident-id';

const today = '2026-11-24';
const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('checkResidentId (GB 11643)', () => {
  it('accepts the standard example and derives birth date and sex', () => {
    // The example printed in GB 11643-1999.
    expect(checkResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(checkResidentId(withCheck('35058219900102123'), today)).toMatchObject({
      ok: true,
      birthDate: '1990-01-02',
      sex: 'male',
    });
  });

  it('normalises lower-case x, full-width digits and spaces instead of rejecting them', () => {
    expect(checkResidentId('110105 19491231 002x', today)).toMatchObject({ ok: true, idNumber: '11010519491231002X' });
    expect(checkResidentId('１１０１０５１９４９１２３１００２Ｘ', today)).toMatchObject({
      ok: true,
      idNumber: '11010519491231002X',
    });
  });

  it('names the right check character when it is wrong', () => {
    expect(checkResidentId('110105194912310021', today)).toEqual({
      ok: false,
      reason: '校验码不符：第 18 位应为 X，请核对号码是否抄错',
    });
  });

  it('rejects impossible and future birth dates', () => {
    expect(checkResidentId(withCheck('35058219900230123'), today)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('不是有效日期'),
    });
    expect(checkResidentId(withCheck('35058220300101123'), today)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('晚于今天'),
    });
  });

  it('rejects 15-digit legacy numbers and Excel-mangled numbers with a clear message', () => {
    expect(checkResidentId('350582900102123', today)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('15 位旧身份证号'),
    });
    expect(checkResidentId('3.50521E+17', today)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('被 Excel 存成了数字'),
    });
  });
});
