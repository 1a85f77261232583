import { z } from 'zod';
import { isRealDate } from '../../domain/dates';

/** The field schemas the promotions area's channels share. */
export const id = z.string().min(1).max(40);
export const text = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字`);
export const calendarDate = (label: string) =>
  z.string().trim().refine(isRealDate, `${label}应为 YYYY-MM-DD 格式的真实日期`);
export const gradeField = z.number().int().min(-1).max(6);
