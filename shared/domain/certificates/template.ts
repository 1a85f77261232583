import { z } from 'zod';

/**
 * A certificate template: a page and fields placed in millimetres from the page's top-left corner.
 * The same model drives the PDF, the on-screen preview (which shows that PDF) and the designer.
 */
export const certificateKinds = ['completion', 'skill'] as const;
export type CertificateKind = (typeof certificateKinds)[number];
export const certificateKindLabels: Record<CertificateKind, string> = {
  completion: '培训结业证书',
  skill: '职业技能等级证书',
};

/** The values a text field may print, each frozen into the certificate when it is issued. */
export const valueKeys = [
  'name',
  'sex',
  'idNumber',
  'birthDate',
  'enterprise',
  'jobTypeName',
  'jobTypeCode',
  'grade',
  'cohortName',
  'trainingStart',
  'trainingEnd',
  'trainingHours',
  'programmeHours',
  'issueDate',
  'issueYear',
  'issueMonth',
  'issueDay',
  'certificateNo',
  'verifyCode',
  'issuer',
  'baseName',
] as const;
export type ValueKey = (typeof valueKeys)[number];
export type CertificateValues = Record<ValueKey, string>;

export const valueLabels: Record<ValueKey, string> = {
  name: '姓名',
  sex: '性别',
  idNumber: '身份证号',
  birthDate: '出生日期',
  enterprise: '工作单位',
  jobTypeName: '职业（工种）',
  jobTypeCode: '职业编码',
  grade: '等级',
  cohortName: '培训班',
  trainingStart: '培训开始日期',
  trainingEnd: '培训结束日期',
  trainingHours: '学时（本人实到）',
  programmeHours: '规定学时',
  issueDate: '发证日期',
  issueYear: '发证年',
  issueMonth: '发证月',
  issueDay: '发证日',
  certificateNo: '证书编号',
  verifyCode: '校验码',
  issuer: '发证机构',
  baseName: '基地名称',
};

const mm = z.number().min(-50).max(600);
const size = z.number().min(1).max(600);
const fieldBase = { id: z.string().min(1).max(40), x: mm, y: mm };

export const textFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('text'),
  /** Printed text; `{name}` and the other value keys are replaced by the certificate's values. */
  content: z.string().max(500),
  width: size,
  /** Points, as in a word processor. */
  fontSize: z.number().min(4).max(96),
  bold: z.boolean(),
  align: z.enum(['left', 'center', 'right']),
});
export const photoFieldSchema = z.object({ ...fieldBase, kind: z.literal('photo'), width: size, height: size });
export const sealFieldSchema = z.object({ ...fieldBase, kind: z.literal('seal'), width: size, height: size });
export const qrFieldSchema = z.object({ ...fieldBase, kind: z.literal('qr'), size });
/** A printed border: plain-paper certificates only. */
export const frameFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('frame'),
  width: size,
  height: size,
  lineWidth: z.number().min(0.1).max(5),
});

export const templateFieldSchema = z.discriminatedUnion('kind', [
  textFieldSchema,
  photoFieldSchema,
  sealFieldSchema,
  qrFieldSchema,
  frameFieldSchema,
]);
export type TemplateField = z.infer<typeof templateFieldSchema>;
export type TextField = z.infer<typeof textFieldSchema>;

export const templateLayoutSchema = z
  .object({
    kind: z.enum(certificateKinds),
    pageWidth: z.number().min(50).max(600),
    pageHeight: z.number().min(50).max(600),
    fields: z.array(templateFieldSchema).max(60),
  })
  .superRefine((layout, ctx) => {
    // Pre-printed official stock already carries the seal and the border; printing them again is wrong.
    if (layout.kind !== 'skill') return;
    layout.fields.forEach((field, index) => {
      if (field.kind === 'seal' || field.kind === 'frame') {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', index],
          message: '职业技能等级证书是套打，只能放可变内容，不能放印章或边框',
        });
      }
    });
  });
export type TemplateLayout = z.infer<typeof templateLayoutSchema>;

/** The file a template is exported to and imported from, so one base can share a layout with another. */
export const templateFileSchema = z.object({
  format: z.literal('jiangxun-certificate-template'),
  version: z.literal(1),
  name: z.string().trim().min(1).max(60),
  layout: templateLayoutSchema,
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

const placeholder = /\{([a-zA-Z]+)\}/g;

/** Replaces `{key}` with the value; an unknown key is left as written so the designer shows the typo. */
export function fillContent(content: string, values: Partial<CertificateValues>): string {
  return content.replace(placeholder, (whole, key: string) =>
    (valueKeys as readonly string[]).includes(key) ? (values[key as ValueKey] ?? '') : whole,
  );
}

export function unknownPlaceholders(content: string): string[] {
  return [...content.matchAll(placeholder)]
    .map((m) => m[1]!)
    .filter((key) => !(valueKeys as readonly string[]).includes(key));
}
