import { describe, expect, it } from 'vitest';
import { moveRefusal, type MoveFacts } from './lifecycle';
import { addMonthsClamped } from '../dates';
import { earliestGraduation, enrolmentExpiry, programmeTuition } from './programmes';

const facts: MoveFacts = {
  level: 'junior',
  admittedOn: '2024-03-01',
  on: '2026-12-01',
  today: '2026-12-02',
  note: '',
  studentNo: '',
};

describe('enrollment moves', () => {
  it.each<
    [string, Parameters<typeof moveRefusal>[0], Parameters<typeof moveRefusal>[1], Partial<MoveFacts>, string | null]
  >([
    ['approve an application', 'applied', 'approved', {}, null],
    ['skip the review', 'applied', 'admitted', {}, '“已报名”的学员不能直接录取注册'],
    ['reject without a reason', 'applied', 'rejected', {}, '请写明审核不通过的原因'],
    ['admit without a student number', 'approved', 'admitted', {}, '请填写学号（录取注册后学校给的学号）'],
    ['admit', 'approved', 'admitted', { studentNo: '2435001200123' }, null],
    ['graduate a 专科 after 2.5 years', 'studying', 'graduated', { on: '2026-09-01' }, null],
    [
      'graduate a 专科 too early',
      'studying',
      'graduated',
      { on: '2026-08-31' },
      '最短修业年限未满：2024-03-01 注册，最早 2026-09-01 才能毕业',
    ],
    [
      'graduate a 高起本 after 2.5 years',
      'studying',
      'graduated',
      { level: 'bachelor' },
      '最短修业年限未满：2024-03-01 注册，最早 2029-03-01 才能毕业',
    ],
    ['withdraw with a reason', 'studying', 'withdrawn', { note: '离职' }, null],
    ['expire too early', 'studying', 'expired', {}, '学籍有效期 8 年，到 2032-03-01 才过期'],
    [
      'date a move in the future',
      'studying',
      'withdrawn',
      { note: '离职', on: '2026-12-03' },
      '日期 2026-12-03 在今天之后',
    ],
    [
      'date a move before registration',
      'studying',
      'withdrawn',
      { note: '离职', on: '2024-02-01' },
      '日期 2024-02-01 早于注册日期 2024-03-01',
    ],
    ['reopen a graduate', 'graduated', 'studying', {}, '“已毕业”的学员不能直接开始在读'],
  ])('%s', (_, from, to, extra, refusal) => expect(moveRefusal(from, to, { ...facts, ...extra })).toBe(refusal));
});

describe('programme dates and tuition', () => {
  it('adds months the way a calendar does', () => {
    expect(addMonthsClamped('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-03-01', 30)).toBe('2026-09-01');
    expect(earliestGraduation('topUp', '2025-09-01')).toBe('2028-03-01');
    expect(enrolmentExpiry('2025-09-01')).toBe('2033-09-01');
  });

  it('prices a programme per credit or whole', () => {
    expect(programmeTuition('perCredit', 9000, 76)).toBe(684000);
    expect(programmeTuition('perProgramme', 680000, 76)).toBe(680000);
  });
});
