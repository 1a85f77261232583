import { isRealDate } from '../dates';

/**
 * Training days of a cohort and the dates of its sessions. Weekdays are ISO numbers (1 = Monday …
 * 7 = Sunday); a cohort trains Monday to Saturday unless it says otherwise. Dates are YYYY-MM-DD and
 * are computed in UTC, so no time zone moves a day.
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const allWeekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const defaultTrainingWeekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6];
export const weekdayLabels: Record<Weekday, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '日' };

/** Sessions a schedule may add at once: a year of daily sessions. */
export const scheduleLimit = 366;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const day = new Date(toUtc(date)).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** `12-02（三）`: the short header of a session column. */
export function shortDateLabel(date: string): string {
  return `${date.slice(5)}（${weekdayLabels[weekdayOf(date)]}）`;
}

/** The first training day on or after `date`. */
export function trainingDayFrom(date: string, weekdays: readonly Weekday[]): string {
  const days = weekdays.length > 0 ? weekdays : defaultTrainingWeekdays;
  let day = date;
  while (!days.includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

/**
 * The date to offer for the next session: the training day after the last one recorded, or the
 * cohort's first training day (today when it has no start date).
 */
export function proposeNextSessionDate(options: {
  lastSession: string | null;
  startDate: string | null;
  today: string;
  weekdays: readonly Weekday[];
}): string {
  const { lastSession, startDate, today, weekdays } = options;
  if (lastSession && isRealDate(lastSession)) return trainingDayFrom(addDays(lastSession, 1), weekdays);
  return trainingDayFrom(startDate && isRealDate(startDate) ? startDate : today, weekdays);
}

/** `count` training days from `first` (included when it is one). */
export function scheduleDates(first: string, count: number, weekdays: readonly Weekday[]): string[] {
  const dates: string[] = [];
  for (
    let day = trainingDayFrom(first, weekdays);
    dates.length < count;
    day = trainingDayFrom(addDays(day, 1), weekdays)
  )
    dates.push(day);
  return dates;
}

/** How many sessions of `hoursEach` cover the hours still to give (the last one may be shorter). */
export function sessionsToCover(hoursLeft: number, hoursEach: number): { count: number; lastHours: number } {
  if (hoursLeft <= 0 || hoursEach <= 0) return { count: 0, lastHours: 0 };
  const count = Math.ceil(hoursLeft / hoursEach);
  const lastHours = Math.round((hoursLeft - (count - 1) * hoursEach) * 2) / 2;
  return { count, lastHours };
}

/** Monday to Sunday of the week that holds `date`: the default range of a sign-in sheet. */
export function weekOf(date: string): { from: string; to: string } {
  const from = addDays(date, 1 - weekdayOf(date));
  return { from, to: addDays(from, 6) };
}
