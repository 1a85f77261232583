import { z } from 'zod';
import type { Sex } from '../../domain/resident-id';
import { normalizeCode, normalizeText } from '../../domain/normalize';
import { parseLooseDate } from '../../domain/loose-date';
import { educationLevels } from '../../domain/places';
import { enrollBatchLimit } from '../cohorts/enrollments';
import { mutation, query } from '../infra/define';
import { importContract } from './import';
import { emptyFilter, traineeFilter } from './filter';

export { traineeFilter, type TraineeFilter } from './filter';

/**
 * One line of the list. Never the whole ID number or phone: those come from revealIdentity. Nor
 * the birth date: it is the ID's hidden middle digits (issue 19), so only the year (YYYY) is shown.
 */
export interface TraineeRow {
  id: string;
  name: string;
  sex: Sex;
  birthYear: string;
  idMasked: string;
  phoneMasked: string;
  education: string;
  enterpriseId: string | null;
  enterpriseName: string;
  jobTitle: string;
  hasPhoto: boolean;
}

export interface TraineeDetail extends TraineeRow {
  workStartDate: string | null;
  enterpriseDistrict: string;
  createdAt: string;
  updatedAt: string;
}

/** Keyset cursor: the last row's sort key. */
export interface TraineeCursor {
  pinyin: string;
  id: string;
}

const recordId = z.string().min(1, '缺少记录编号');
const text = (max: number, label: string) =>
  z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字`));

export const phoneSchema = z.string().transform((value, ctx) => {
  const phone = normalizeCode(value).replace(/^\+?86(?=1\d{10}$)/, '');
  if (phone === '' || /^1\d{10}$/.test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone)) return phone;
  ctx.addIssue({ code: 'custom', message: `手机号“${value}”应为 11 位手机号或带区号的固定电话` });
  return z.NEVER;
});

export const traineeFields = z.object({
  name: text(30, '姓名').pipe(z.string().min(1, '请填写姓名')),
  phone: phoneSchema,
  education: z
    .string()
    .refine((v) => v === '' || (educationLevels as readonly string[]).includes(v), '文化程度不在可选范围内'),
  enterpriseId: z.string().nullable(),
  jobTitle: text(50, '岗位'),
  workStartDate: z
    .string()
    .nullable()
    .transform((value, ctx) => {
      if (value === null || value.trim() === '') return null;
      const parsed = parseLooseDate(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `参加工作时间：${parsed.reason}` });
      return z.NEVER;
    }),
});

/** Validated against `today` in the service (birth dates may not be in the future). */
export const traineeCreateInput = traineeFields.extend({ idNumber: z.string() }).strict();
export type TraineeCreateInput = z.input<typeof traineeCreateInput>;

export const traineesContract = {
  /** A page of the list, sorted by pinyin, paged by keyset (`after` = the previous page's `next`). */
  'trainees.list': query({
    input: z
      .object({
        filter: traineeFilter.default(emptyFilter),
        after: z.object({ pinyin: z.string(), id: z.string() }).nullable().default(null),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    role: 'viewer',
    title: '查看学员',
  }).returns<{ rows: TraineeRow[]; next: TraineeCursor | null }>(),
  /** How many trainees the filter selects; asked beside the first page so that the rows never wait for it. */
  'trainees.count': query({
    input: z.object({ filter: traineeFilter.default(emptyFilter) }).strict(),
    role: 'viewer',
    title: '统计学员',
  }).returns<{
    total: number;
  }>(),
  /** Every id the filter selects, in list order, for "select all"; `truncated` when more than `limit` match. */
  'trainees.matchingIds': query({
    input: z
      .object({ filter: traineeFilter.default(emptyFilter), limit: z.number().int().min(1).max(enrollBatchLimit) })
      .strict(),
    role: 'viewer',
    title: '全选学员',
  }).returns<{ ids: string[]; truncated: boolean }>(),
  'trainees.get': query({
    input: z.object({ id: recordId }).strict(),
    role: 'viewer',
    title: '查看学员详情',
  }).returns<TraineeDetail>(),
  /** The whole ID number and phone, for one trainee, logged. */
  'trainees.revealIdentity': query({
    input: z.object({ id: recordId }).strict(),
    role: 'clerk',
    title: '查看完整身份证号',
  }).returns<{
    idNumber: string;
    phone: string;
  }>(),
  /** Which trainee, if any, already holds this ID number (so the form can open the existing record). */
  'trainees.findByIdNumber': query({
    input: z.object({ idNumber: z.string() }).strict(),
    role: 'viewer',
    title: '按身份证号查找学员',
  }).returns<{
    id: string;
    name: string;
  } | null>(),
  /** A CONFLICT error carries `details.existingId` when the person is already registered. */
  'trainees.create': mutation({ input: traineeCreateInput, role: 'clerk', title: '新增学员' }).returns<TraineeDetail>(),
  /** An omitted phone keeps the stored one: the edit form never holds the whole number. */
  'trainees.update': mutation({
    input: traineeFields.extend({ id: recordId, phone: phoneSchema.optional() }).strict(),
    role: 'clerk',
    title: '修改学员',
  }).returns<TraineeDetail>(),
  'trainees.delete': mutation({
    input: z.object({ id: recordId }).strict(),
    role: 'clerk',
    title: '删除学员',
  }).returns<{ id: string }>(),
  /** JPEG or PNG, base64, at most 2 MB. */
  'trainees.getPhoto': query({
    input: z.object({ id: recordId }).strict(),
    role: 'viewer',
    title: '查看一寸照',
  }).returns<{
    mimeType: string;
    base64: string;
  } | null>(),
  'trainees.setPhoto': mutation({
    input: z.object({ id: recordId, base64: z.string().min(1) }).strict(),
    role: 'clerk',
    title: '上传一寸照',
  }).returns<{
    id: string;
  }>(),
  'trainees.removePhoto': mutation({
    input: z.object({ id: recordId }).strict(),
    role: 'clerk',
    title: '删除一寸照',
  }).returns<{ id: string }>(),
  /** The filtered list as .xlsx, streamed to the file the user chose; full ID numbers need the clerk role; logged either way. */
  'trainees.export': query({
    input: z.object({ filter: traineeFilter, fullIds: z.boolean() }).strict(),
    role: 'viewer',
    title: '导出学员名单',
    job: {
      download: { extension: '.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    },
  }).returns<{ fileName: string; rows: number }>(),
  ...importContract,
};
