import { z } from 'zod';
import { checkCreditCode } from '../../domain/credit-code';
import { normalizeText } from '../../domain/normalize';
import { districtNames, industries } from '../../domain/places';
import { mutation, query } from '../infra/define';

export interface EnterpriseRow {
  id: string;
  name: string;
  creditCode: string | null;
  industry: string;
  district: string;
  contactName: string;
  contactPhone: string;
  traineeCount: number;
}

export interface EnterpriseOption {
  id: string;
  name: string;
  district: string;
}

const id = z.string().min(1, '缺少记录编号');
const oneOf = (values: readonly string[], label: string) =>
  z.string().refine((value) => value === '' || values.includes(value), `${label}不在可选范围内`);

export const enterpriseInput = z
  .object({
    name: z
      .string()
      .transform(normalizeText)
      .pipe(z.string().min(1, '请填写企业名称').max(100, '企业名称不能超过 100 个字')),
    creditCode: z.string().transform((value, ctx) => {
      if (value.trim() === '') return null;
      const check = checkCreditCode(value);
      if (check.ok) return check.value;
      ctx.addIssue({ code: 'custom', message: check.reason });
      return z.NEVER;
    }),
    industry: oneOf(industries, '行业'),
    district: oneOf(districtNames, '区县'),
    contactName: z.string().trim().max(30, '联系人不能超过 30 个字'),
    contactPhone: z.string().trim().max(40, '联系电话不能超过 40 个字'),
  })
  .strict();

export type EnterpriseInput = z.input<typeof enterpriseInput>;

export const enterprisesContract = {
  /** Sorted by name; at most `limit` rows (a base has a few thousand enterprises). */
  'enterprises.list': query({
    input: z
      .object({
        search: z.string().default(''),
        district: z.string().default(''),
        limit: z.number().int().min(1).max(1000).default(500),
      })
      .strict(),
    role: 'viewer',
    title: '查看企业',
  }).returns<{ rows: EnterpriseRow[]; total: number }>(),
  /** For pickers: enterprises whose name contains the text. */
  'enterprises.options': query({
    input: z.object({ search: z.string().default(''), ids: z.array(z.string()).default([]) }).strict(),
    role: 'viewer',
    title: '选择企业',
  }).returns<EnterpriseOption[]>(),
  'enterprises.create': mutation({ input: enterpriseInput, role: 'clerk', title: '新增企业' }).returns<EnterpriseRow>(),
  'enterprises.update': mutation({
    input: enterpriseInput.extend({ id }),
    role: 'clerk',
    title: '修改企业',
  }).returns<EnterpriseRow>(),
  /** Refused while trainees belong to it; the message gives their number. */
  'enterprises.delete': mutation({ input: z.object({ id }).strict(), role: 'clerk', title: '删除企业' }).returns<{
    id: string;
  }>(),
  /** Moves every trainee of `mergeId` to `keepId`, fills keepId's empty fields from mergeId, deletes mergeId. */
  'enterprises.merge': mutation({
    input: z
      .object({ keepId: id, mergeId: id })
      .strict()
      .refine((v) => v.keepId !== v.mergeId, '不能把企业合并到它自己'),
    role: 'admin',
    title: '合并企业',
  }).returns<{ keep: EnterpriseRow; movedTrainees: number }>(),
};
