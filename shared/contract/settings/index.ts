import { z } from 'zod';
import { checkCreditCode } from '../../domain/credit-code';
import { mutation, query } from '../infra/define';

/** The base (实训基地) that owns this database: one row, edited on the settings page. */
export interface BaseProfile {
  name: string;
  orgCode: string;
  address: string;
  certificateIssuer: string;
  contactPhone: string;
  updatedAt: string | null;
}

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过 ${max} 个字`);

export const baseProfileInput = z
  .object({
    name: z.string().trim().min(1, '请填写基地名称').max(100, '基地名称不能超过 100 个字'),
    orgCode: z.string().transform((value, ctx) => {
      if (value.trim() === '') return '';
      const check = checkCreditCode(value);
      if (check.ok) return check.value;
      ctx.addIssue({ code: 'custom', message: check.reason });
      return z.NEVER;
    }),
    address: optionalText(200, '地址'),
    certificateIssuer: optionalText(100, '发证机构'),
    contactPhone: optionalText(40, '联系电话'),
  })
  .strict();

export type BaseProfileInput = z.input<typeof baseProfileInput>;

export const settingsContract = {
  'settings.getBaseProfile': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '查看基地信息',
  }).returns<BaseProfile>(),
  'settings.updateBaseProfile': mutation({
    input: baseProfileInput,
    role: 'admin',
    title: '修改基地信息',
  }).returns<BaseProfile>(),
};
