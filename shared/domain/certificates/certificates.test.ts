import { describe, expect, it } from 'vitest';
import { calibratePoint } from './calibration';
import { issuedBeforeTrainingEnds } from './issue-date';
import { layoutCertificate, sampleValues } from './layout';
import {
  checkNumberPattern,
  formatNumber,
  layoutFromPattern,
  patternFromLayout,
  restartRule,
  sequenceScope,
} from './numbering';
import { templateLayoutSchema, valueKeys } from './template';
import { canonicalPayload, formatCode, normalizeVerifyCode, parseQrText, qrText } from './verification';

const parts = { base: 'QZJX', issueDate: '2026-05-20', grade: '3' };

describe('number patterns', () => {
  it.each([
    ['{base}{yyyy}{grade}{seq6}', 'QZJX20263000042', 'QZJX20263#'],
    ['JY-{yy}{mm}-{seq4}', 'JY-2605-0042', 'JY-2605-#'],
  ])('%s', (pattern, number, scope) => {
    expect(checkNumberPattern(pattern)).toEqual({ ok: true });
    expect(formatNumber(pattern, parts, 42)).toBe(number);
    expect(sequenceScope(pattern, parts)).toBe(scope);
  });

  it.each([
    ['{base}{yyyy}', '必须含且只含一个流水号'],
    ['{seq6}{seq4}', '必须含且只含一个流水号'],
    ['{base}{year}{seq6}', '不认识的占位符 {year}'],
    ['{seq2}', '3 到 10'],
    ['{base{seq6}', '花括号不成对'],
  ])('refuses %s', (pattern, reason) => {
    const check = checkNumberPattern(pattern);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toContain(reason);
  });

  it('never wraps a full sequence silently', () => {
    expect(() => formatNumber('{seq3}', parts, 1000)).toThrow('超过 3 位');
  });
});

describe('verification code', () => {
  // The MAC itself is node:crypto's (see the service tests); what is signed is decided here.
  const code = (values: typeof sampleValues) => canonicalPayload(values);

  it('writes 40 bits as two groups of Crockford base32', () => {
    expect(formatCode(new Uint8Array([0xff, 0x00, 0xaa, 0x55, 0x0f, 0x99]))).toBe('ZW0A-MN8F');
  });

  it('signs a payload that changes when any printed value changes, and not when only the code does', () => {
    const original = code(sampleValues);
    for (const key of valueKeys.filter((k) => k !== 'verifyCode')) {
      expect(code({ ...sampleValues, [key]: `${sampleValues[key]}1` }), key).not.toBe(original);
    }
    expect(code({ ...sampleValues, verifyCode: 'other' })).toBe(original);
  });

  it('signs a certificate issued before programmeHours existed exactly as it was signed then', () => {
    const { programmeHours: _added, ...issuedEarlier } = sampleValues;
    const payload = code(issuedEarlier as typeof sampleValues);
    expect(payload).not.toContain('programmeHours');
    expect(payload).toContain(`trainingHours=${sampleValues.trainingHours}\nissueDate=`);
  });

  it('cannot be fooled by moving text between fields', () => {
    expect(code({ ...sampleValues, name: '陈志', sex: `强${sampleValues.sex}` })).not.toBe(code(sampleValues));
  });

  it('reads a code typed from paper the forgiving way, and the QR text back', () => {
    expect(normalizeVerifyCode(' k7wd 3qha ')).toBe('K7WD-3QHA');
    expect(normalizeVerifyCode('ｋ７ＷＤ－３ＱＨＡ'.replace('－', '-'))).toBe('K7WD-3QHA');
    expect(normalizeVerifyCode('O1IL-0000')).toBe('0111-0000');
    expect(parseQrText(qrText('QZJX20263000042', 'K7WD-3QHA'))).toEqual({
      certificateNo: 'QZJX20263000042',
      code: 'K7WD-3QHA',
    });
    expect(parseQrText('https://example.com')).toBeNull();
  });
});

describe('issue date', () => {
  it('comes on or after the last day of training', () => {
    expect(issuedBeforeTrainingEnds('2026-12-20', '2026-12-02')).toBe(true);
    expect(issuedBeforeTrainingEnds('2026-12-20', '2026-12-20')).toBe(false);
    expect(issuedBeforeTrainingEnds('2026-12-20', '2027-01-05')).toBe(false);
    expect(issuedBeforeTrainingEnds(null, '2026-12-02')).toBe(false);
  });
});

describe('layout and calibration', () => {
  const layout = templateLayoutSchema.parse({
    kind: 'skill',
    pageWidth: 210,
    pageHeight: 148,
    fields: [
      {
        id: 'name',
        kind: 'text',
        x: 78,
        y: 30,
        width: 45,
        content: '姓名：{name}',
        fontSize: 12,
        bold: false,
        align: 'left',
      },
      { id: 'qr', kind: 'qr', x: 20, y: 100, size: 22 },
    ],
  });

  it('fills values and moves every field by the calibration, leaving the page size alone', () => {
    const page = layoutCertificate(layout, sampleValues, { offsetX: 2, offsetY: -1.5, scale: 1.02 });
    expect(page).toMatchObject({ width: 210, height: 148 });
    expect(page.ops[0]).toMatchObject({ op: 'text', text: '姓名：陈志强', fontSize: 12 * 1.02 });
    expect(page.ops[0]!.x).toBeCloseTo(78 * 1.02 + 2);
    expect(page.ops[0]!.y).toBeCloseTo(30 * 1.02 - 1.5);
    expect(page.ops[1]).toMatchObject({
      op: 'qr',
      text: `JXCERT|${sampleValues.certificateNo}|${sampleValues.verifyCode}`,
    });
    expect(calibratePoint({ offsetX: 0, offsetY: 0, scale: 1 }, 5, 6)).toEqual({ x: 5, y: 6 });
  });

  it('refuses a seal or border on the pre-printed skill certificate', () => {
    const withSeal = {
      ...layout,
      fields: [...layout.fields, { id: 'seal', kind: 'seal', x: 1, y: 1, width: 40, height: 40 }],
    };
    const result = templateLayoutSchema.safeParse(withSeal);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('套打');
  });
});

describe('the numbering form', () => {
  it.each(['{base}{yyyy}{grade}{seq6}', 'JY{base}{yyyy}{seq6}', 'JY-{base}-{yy}-{mm}-{seq4}', '{seq8}', 'T{seq3}'])(
    'reads %s back into the form unchanged',
    (pattern) => {
      const layout = layoutFromPattern(pattern);
      expect(layout).not.toBeNull();
      expect(patternFromLayout(layout!)).toBe(pattern);
    },
  );

  it('leaves a hand-written pattern that the form cannot show as text', () => {
    expect(layoutFromPattern('{yyyy}{base}{seq6}')).toBeNull();
    expect(layoutFromPattern('{base}X{seq6}')).toBeNull();
  });

  it('says when the sequence starts again', () => {
    expect(restartRule(layoutFromPattern('{base}{yyyy}{grade}{seq6}')!)).toBe('每年、每个等级的流水号各自从 1 开始');
    expect(restartRule(layoutFromPattern('{seq8}')!)).toBe('流水号一直连续，不重新开始');
  });
});
