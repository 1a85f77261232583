import { describe, expect, it } from 'vitest';
import { checkStageMove, stagesAllowing, type CohortFacts } from './lifecycle';
import { appraisalKind, deriveResult, isPassingMark, parseMark, passMarkOf, type Mark } from './marks';

const score = (value: number): Mark => ({ score: value, code: null });
const absent: Mark = { score: null, code: 'absent' };
const misconduct: Mark = { score: null, code: 'misconduct' };

describe('parseMark', () => {
  it.each([
    ['85', { score: 85, code: null }],
    ['59.5', { score: 59.5, code: null }],
    ['０', { score: 0, code: null }],
    [' 100 ', { score: 100, code: null }],
    ['缺考', { score: null, code: 'absent' }],
    ['QK', { score: null, code: 'absent' }],
    ['违纪', { score: null, code: 'misconduct' }],
    ['', null],
  ])('reads %j', (text, mark) => expect(parseMark(text)).toEqual({ ok: true, mark }));

  it.each(['101', '-1', '85.55', 'abc', '8 5分'])('refuses %j with a reason', (text) => {
    const parsed = parseMark(text);
    expect(parsed.ok).toBe(false);
  });
});

describe('deriveResult', () => {
  const pass = { theory: 60, practical: 60, review: null };
  const withReview = { theory: 60, practical: 60, review: 60 };
  it.each([
    [{ theory: score(60), practical: score(60) }, pass, 'pass'],
    [{ theory: score(59.5), practical: score(90) }, pass, 'fail'],
    [{ theory: score(0), practical: score(90) }, pass, 'fail'],
    [{ theory: absent, practical: absent }, pass, 'absent'],
    [{ theory: absent, practical: score(80) }, pass, 'fail'],
    [{ theory: misconduct, practical: score(80) }, pass, 'misconduct'],
    [{ theory: score(80) }, pass, null],
    [{ theory: score(80), practical: score(80) }, withReview, null],
    [{ theory: score(80), practical: score(80), review: score(61) }, withReview, 'pass'],
  ] as const)('%j under %j is %s', (marks, rules, result) => expect(deriveResult(marks, rules)).toBe(result));
});

describe('stage moves', () => {
  const facts: CohortFacts = {
    stage: 'planning',
    enrolled: 0,
    capacity: 2,
    sessions: 0,
    shortOfHours: 0,
    missingScores: 0,
    unconfirmedMarks: 0,
  };
  it.each([
    [{ ...facts }, 'enrolling', []],
    [{ ...facts }, 'training', ['只能逐级推进']],
    [{ ...facts, stage: 'enrolling' }, 'training', ['还没有报名学员']],
    [{ ...facts, stage: 'enrolling', enrolled: 3 }, 'training', ['超过容量']],
    [{ ...facts, stage: 'training', enrolled: 2 }, 'awaiting', ['考勤课次']],
    [
      { ...facts, stage: 'awaiting', enrolled: 2, sessions: 1, missingScores: 1, unconfirmedMarks: 2 },
      'appraised',
      ['未录全', '未经第二人确认'],
    ],
    [{ ...facts, stage: 'awaiting', enrolled: 2, sessions: 1 }, 'appraised', []],
    [{ ...facts, stage: 'awaiting' }, 'training', []],
    [{ ...facts, stage: 'appraised' }, 'awaiting', ['不能退回']],
    [{ ...facts, stage: 'appraised' }, 'closed', []],
  ] as const)('%j → %s', (cohort, to, expected) => {
    const problems = checkStageMove(cohort, to).problems;
    expect(problems.length).toBe(expected.length);
    expected.forEach((text, i) => expect(problems[i]).toContain(text));
  });

  it('classes an enrollment by the grade history', () => {
    expect(appraisalKind([])).toBe('initial');
    expect(appraisalKind([5])).toBe('promotion');
  });
});

describe('pass marks', () => {
  it('a blank pass mark is 60, and a paper at the mark passes', () => {
    expect(passMarkOf({ theory: null }, 'theory')).toBe(60);
    expect(isPassingMark({ score: 60, code: null }, { theory: null }, 'theory')).toBe(true);
    expect(isPassingMark({ score: 69.5, code: null }, { theory: 70 }, 'theory')).toBe(false);
    expect(isPassingMark({ score: null, code: 'absent' }, { theory: 0 }, 'theory')).toBe(false);
  });
});

describe('what each stage allows', () => {
  it('enrolling until training ends, attendance from enrolling until appraisal, marks from awaiting on; nothing once closed', () => {
    expect(stagesAllowing('enroll')).toEqual(['planning', 'enrolling', 'training']);
    expect(stagesAllowing('attendance')).toEqual(['enrolling', 'training', 'awaiting']);
    expect(stagesAllowing('marks')).toEqual(['awaiting', 'appraised']);
  });
});
