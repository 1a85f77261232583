import { z } from 'zod';
import { mutation, query } from '../infra/define';

/** The roster columns of domain.md, in the agency's default order. */
export const rosterColumns = [
  ['seq', '序号'],
  ['name', '姓名'],
  ['sex', '性别'],
  ['idNumber', '身份证号'],
  ['birthMonth', '出生年月'],
  ['education', '文化程度'],
  ['employer', '工作单位'],
  ['jobType', '职业(工种)'],
  ['jobTypeCode', '职业编码'],
  ['grade', '申报等级'],
  ['priorCertificate', '原证书等级与编号'],
  ['yearsInOccupation', '从事本职业年限'],
  ['phone', '联系电话'],
  ['theory', '理论成绩'],
  ['practical', '实操成绩'],
  ['review', '综合评审'],
  ['result', '结果'],
  ['certificateNo', '证书编号'],
  ['remark', '备注'],
] as const;
export type RosterColumn = (typeof rosterColumns)[number][0];
export const rosterColumnKeys = rosterColumns.map(([key]) => key) as [RosterColumn, ...RosterColumn[]];
export const rosterColumnLabels = Object.fromEntries(rosterColumns) as Record<RosterColumn, string>;

/** The sign-up roster goes out before the exam, so it leaves the score columns off by default. */
export const defaultColumns = {
  signup: rosterColumnKeys.filter((k) => !['theory', 'practical', 'review', 'result', 'certificateNo'].includes(k)),
  results: rosterColumnKeys,
};

export type RosterKind = 'signup' | 'results';
export type RosterOrder = 'idNumber' | 'enrollment';

export interface RosterTemplate {
  agency: string;
  kind: RosterKind;
  columns: RosterColumn[];
  orderBy: RosterOrder;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

const rosterOptions = z.object({
  cohortId: z.string().min(1),
  kind: z.enum(['signup', 'results']),
  orderBy: z.enum(['idNumber', 'enrollment']).default('enrollment'),
  columns: z.array(z.enum(rosterColumnKeys)).min(1).optional(),
  preparer: z.string().trim().max(40).default(''),
});

export const rosterContract = {
  'cohorts.exportRoster': query({
    input: rosterOptions.strict(),
    role: 'clerk',
    title: '导出鉴定花名册',
  }).returns<ExportedFile>(),
  'cohorts.exportRosterPdf': query({
    input: rosterOptions.strict(),
    role: 'clerk',
    title: '导出花名册 PDF',
  }).returns<ExportedFile>(),
  'cohorts.exportSubmission': query({ input: rosterOptions.strict(), role: 'clerk', title: '导出报送材料包' }).returns<
    ExportedFile & { missingPhotos: number }
  >(),
  'cohorts.rosterTemplates': query({ input: z.object({}).strict(), role: 'viewer', title: '查看花名册模板' }).returns<
    RosterTemplate[]
  >(),
  'cohorts.saveRosterTemplate': mutation({
    input: z
      .object({
        agency: z.string().trim().min(1, '请填写鉴定机构名称').max(100),
        kind: z.enum(['signup', 'results']),
        columns: z.array(z.enum(rosterColumnKeys)).min(1, '至少保留一列'),
        orderBy: z.enum(['idNumber', 'enrollment']),
      })
      .strict(),
    role: 'clerk',
    title: '保存花名册模板',
  }).returns<RosterTemplate>(),
};
