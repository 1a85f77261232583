import dayjs from 'dayjs';

/** Instants are stored in UTC and shown in the PC's local time, to the second. */
export function formatInstant(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
