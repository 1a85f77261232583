import { describe, expect, it } from 'vitest';
import { proposeNextSessionDate, scheduleDates, sessionsToCover, shortDateLabel, weekdayOf, weekOf } from './schedule';

describe('session dates', () => {
  it('knows the weekday of a date without a time zone', () => {
    expect(weekdayOf('2026-11-01')).toBe(7);
    expect(weekdayOf('2026-11-02')).toBe(1);
    expect(weekdayOf('2024-02-29')).toBe(4);
    expect(shortDateLabel('2026-12-02')).toBe('12-02（三）');
    expect(weekOf('2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });

  it('proposes the next training day after the last session, skipping Sundays by default', () => {
    const monToSat = [1, 2, 3, 4, 5, 6] as const;
    expect(
      proposeNextSessionDate({
        lastSession: '2026-11-02',
        startDate: '2026-11-02',
        today: '2026-10-01',
        weekdays: monToSat,
      }),
    ).toBe('2026-11-03');
    expect(
      proposeNextSessionDate({ lastSession: '2026-11-07', startDate: null, today: '2026-10-01', weekdays: monToSat }),
    ).toBe('2026-11-09');
    expect(
      proposeNextSessionDate({ lastSession: '2026-12-31', startDate: null, today: '2026-10-01', weekdays: monToSat }),
    ).toBe('2027-01-01');
  });

  it("uses the cohort's own weekdays, and starts at its first training day", () => {
    const weekends = [6, 7] as const;
    expect(
      proposeNextSessionDate({ lastSession: null, startDate: '2026-11-02', today: '2026-10-01', weekdays: weekends }),
    ).toBe('2026-11-07');
    expect(
      proposeNextSessionDate({
        lastSession: '2026-11-07',
        startDate: '2026-11-02',
        today: '2026-10-01',
        weekdays: weekends,
      }),
    ).toBe('2026-11-08');
    expect(
      proposeNextSessionDate({ lastSession: null, startDate: null, today: '2026-11-01', weekdays: [1, 2, 3, 4, 5, 6] }),
    ).toBe('2026-11-02');
  });

  it('lays out a schedule of 25 eight-hour days for 200 hours', () => {
    expect(sessionsToCover(200, 8)).toEqual({ count: 25, lastHours: 8 });
    expect(sessionsToCover(20, 8)).toEqual({ count: 3, lastHours: 4 });
    expect(sessionsToCover(0, 8)).toEqual({ count: 0, lastHours: 0 });
    const dates = scheduleDates('2026-11-01', 25, [1, 2, 3, 4, 5, 6]);
    expect(dates).toHaveLength(25);
    expect(dates[0]).toBe('2026-11-02');
    expect(dates.at(-1)).toBe('2026-11-30');
    expect(dates.some((d) => weekdayOf(d) === 7)).toBe(false);
  });
});
