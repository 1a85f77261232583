import { z } from 'zod';
import { calibrationLimits } from '../../domain/certificates/calibration';
import { checkNumberPattern } from '../../domain/certificates/numbering';
import {
  certificateKinds,
  templateLayoutSchema,
  type CertificateKind,
  type CertificateValues,
  type TemplateLayout,
} from '../../domain/certificates/template';
import { mutation, query } from '../infra/define';

export interface CertificateSettings {
  baseCode: string;
  completionPattern: string;
  skillPattern: string;
  /** The seal printed on plain-paper certificates, base64 PNG/JPEG, or null. */
  sealImage: { mimeType: 'image/png' | 'image/jpeg'; base64: string } | null;
}

export interface CertificateTemplate {
  id: string;
  name: string;
  kind: CertificateKind;
  layout: TemplateLayout;
  updatedAt: string;
}

export type CertificateStatus = 'issued' | 'voided';

export interface CertificateSummary {
  id: string;
  number: string;
  kind: CertificateKind;
  traineeId: string;
  name: string;
  /** First 6 and last 4 digits. */
  maskedIdNumber: string;
  jobTypeName: string;
  grade: string;
  cohortName: string;
  issuedOn: string;
  verifyCode: string;
  status: CertificateStatus;
  voidReason: string | null;
  printCount: number;
  numberSource: 'allocated' | 'imported';
}

export interface CertificateEvent {
  id: string;
  at: string;
  action: 'issue' | 'import' | 'print' | 'reprint' | 'void' | 'reissue';
  reason: string;
  printerName: string;
  actorName: string;
}

export interface CertificateHistoryEntry extends CertificateSummary {
  events: CertificateEvent[];
}

export interface IssueCandidate {
  enrollmentId: string;
  traineeId: string;
  name: string;
  maskedIdNumber: string;
  /** The live certificate of the template's kind, when one was issued already. */
  certificate: { id: string; number: string } | null;
}

export interface CohortForCertificates {
  id: string;
  name: string;
  jobTypeName: string;
  grade: string;
  stage: string;
  passed: number;
  /** The training's last day; a certificate dated before it needs an administrator's reason. */
  endDate: string | null;
  /** Results become official when the cohort moves to 已鉴定; only then can certificates be issued. */
  published: boolean;
}

export type VerifyVerdict = 'genuine' | 'altered' | 'unknown' | 'voided';

export interface VerifyResult {
  verdict: VerifyVerdict;
  /** Why, in Chinese, for the person checking. */
  explanation: string;
  /** What the base recorded, to compare with the paper. Absent when unknown. */
  recorded:
    | (Pick<CertificateValues, 'name' | 'sex' | 'jobTypeName' | 'grade' | 'issueDate' | 'certificateNo'> & {
        maskedIdNumber: string;
        kind: CertificateKind;
        voidReason: string | null;
      })
    | null;
}

export interface PrinterCalibration {
  printerName: string;
  offsetX: number;
  offsetY: number;
  scale: number;
  updatedAt: string;
}

export interface PdfFile {
  fileName: string;
  base64: string;
  pages: number;
}

export interface ImportCheckRow {
  row: number;
  /** The matched passed enrollment; null when the row matched nobody. */
  enrollmentId: string | null;
  name: string;
  maskedIdNumber: string;
  certificateNo: string;
  issueDate: string;
  /** Empty when the row can be applied. */
  problems: string[];
}

export interface ImportPreview {
  rows: ImportCheckRow[];
  ready: number;
  blocked: number;
}

const id = z.string().min(1).max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const reason = (what: string) =>
  z.string().trim().min(2, `请填写${what}（至少 2 个字）`).max(200, `${what}不能超过 200 个字`);
const pattern = z.string().refine((value) => checkNumberPattern(value).ok, {
  error: (issue) => {
    const check = checkNumberPattern(String(issue.input));
    return check.ok ? '编号规则有误' : check.reason;
  },
});
const printerName = z.string().trim().max(200);
const base64 = z.string().max(200 * 1024 * 1024);
const none = z.object({}).strict();

export const certificateImportFields = [
  { key: 'name', label: '姓名', aliases: ['姓名', '考生姓名'], required: true },
  { key: 'idNumber', label: '证件号码', aliases: ['证件号码', '身份证号', '身份证号码', '证件号'], required: true },
  { key: 'certificateNo', label: '证书编号', aliases: ['证书编号', '证书号', '证书号码'], required: true },
  { key: 'issueDate', label: '发证日期', aliases: ['发证日期', '发证时间', '颁证日期'], required: true },
] as const;

export const calibrationInput = z
  .object({
    printerName: printerName.min(1, '请填写打印机名称'),
    offsetX: z.number().min(-calibrationLimits.offset).max(calibrationLimits.offset),
    offsetY: z.number().min(-calibrationLimits.offset).max(calibrationLimits.offset),
    scale: z.number().min(calibrationLimits.minScale).max(calibrationLimits.maxScale),
  })
  .strict();

export const certificatesContract = {
  'certificates.getSettings': query({
    input: none,
    role: 'viewer',
    title: '查看证书设置',
  }).returns<CertificateSettings>(),
  'certificates.updateSettings': mutation({
    input: z
      .object({
        baseCode: z.string().trim().max(20, '基地代码不能超过 20 个字符'),
        completionPattern: pattern,
        skillPattern: pattern,
        sealImage: z.object({ mimeType: z.enum(['image/png', 'image/jpeg']), base64: base64 }).nullable(),
      })
      .strict(),
    role: 'admin',
    title: '修改证书设置',
  }).returns<CertificateSettings>(),

  'certificates.listTemplates': query({ input: none, role: 'viewer', title: '查看证书模板' }).returns<
    CertificateTemplate[]
  >(),
  'certificates.saveTemplate': mutation({
    input: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1, '请填写模板名称').max(60),
        layout: templateLayoutSchema,
      })
      .strict(),
    role: 'admin',
    title: '保存证书模板',
  }).returns<CertificateTemplate>(),
  'certificates.deleteTemplate': mutation({
    input: z.object({ id }).strict(),
    role: 'admin',
    title: '删除证书模板',
  }).returns<{ id: string }>(),
  'certificates.exportTemplate': query({
    input: z.object({ id }).strict(),
    role: 'viewer',
    title: '导出证书模板',
  }).returns<{ fileName: string; text: string }>(),
  'certificates.importTemplate': mutation({
    input: z.object({ text: z.string().max(1024 * 1024) }).strict(),
    role: 'admin',
    title: '导入证书模板',
  }).returns<CertificateTemplate>(),
  'certificates.previewTemplate': query({
    input: z.object({ layout: templateLayoutSchema, printerName: printerName.optional() }).strict(),
    role: 'viewer',
    title: '预览证书模板',
  }).returns<PdfFile>(),

  'certificates.listCohorts': query({ input: none, role: 'viewer', title: '查看可发证的培训班' }).returns<
    CohortForCertificates[]
  >(),
  'certificates.candidates': query({
    input: z.object({ cohortId: id, kind: z.enum(certificateKinds) }).strict(),
    role: 'viewer',
    title: '查看可发证学员',
  }).returns<IssueCandidate[]>(),
  'certificates.issue': mutation({
    input: z
      .object({
        templateId: id,
        issueDate: date,
        enrollmentIds: z.array(id).min(1, '请选择学员').max(5000),
        /** Needed (administrator) when the issue date is before the training ends. */
        earlyIssueReason: reason('提前发证的理由').optional(),
      })
      .strict(),
    role: 'clerk',
    title: '签发证书',
  }).returns<CertificateSummary[]>(),
  'certificates.list': query({
    input: z
      .object({
        cohortId: id.optional(),
        traineeId: id.optional(),
        number: z.string().trim().max(60).optional(),
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict(),
    role: 'viewer',
    title: '查看证书',
  }).returns<CertificateSummary[]>(),
  'certificates.history': query({
    input: z.object({ traineeId: id }).strict(),
    role: 'viewer',
    title: '查看学员证书记录',
  }).returns<CertificateHistoryEntry[]>(),
  'certificates.void': mutation({
    input: z.object({ certificateId: id, reason: reason('作废原因') }).strict(),
    role: 'clerk',
    title: '作废证书',
    makerChecker: { made: '签发这张证书' },
  }).returns<CertificateSummary>(),
  'certificates.reissue': mutation({
    input: z.object({ certificateId: id, reason: reason('重新签发原因'), templateId: id, issueDate: date }).strict(),
    role: 'clerk',
    title: '重新签发证书',
  }).returns<CertificateSummary>(),
  'certificates.render': query({
    input: z
      .object({
        certificateIds: z.array(id).min(1).max(5000),
        printerName: printerName.optional(),
        jobId: z.string().max(64).optional(),
      })
      .strict(),
    role: 'clerk',
    title: '生成证书 PDF',
  }).returns<PdfFile>(),
  'certificates.recordPrint': mutation({
    input: z
      .object({
        certificateIds: z.array(id).min(1).max(5000),
        printerName: printerName,
        reason: z.string().trim().max(200),
      })
      .strict(),
    role: 'clerk',
    title: '记录证书打印',
  }).returns<{ printed: number; reprinted: number }>(),
  'certificates.verify': query({
    input: z
      .object({
        text: z.string().trim().max(300).optional(),
        number: z.string().trim().max(60).optional(),
        code: z.string().trim().max(20).optional(),
      })
      .strict(),
    role: 'viewer',
    title: '核验证书',
  }).returns<VerifyResult>(),

  'certificates.listCalibrations': query({ input: none, role: 'viewer', title: '查看打印机校准' }).returns<
    PrinterCalibration[]
  >(),
  'certificates.saveCalibration': mutation({
    input: calibrationInput,
    role: 'admin',
    title: '保存打印机校准',
  }).returns<PrinterCalibration>(),
  'certificates.calibrationSheet': query({
    input: z.object({ pageWidth: z.number().min(50).max(600), pageHeight: z.number().min(50).max(600) }).strict(),
    role: 'viewer',
    title: '生成校准页',
  }).returns<PdfFile>(),

  'certificates.previewImport': query({
    input: z.object({ cohortId: id, fileName: z.string().min(1).max(200), fileBase64: base64 }).strict(),
    role: 'clerk',
    title: '预检证书编号导入',
  }).returns<ImportPreview>(),
  /** Applies the checked rows of the preview (a mutation cannot wait for a workbook to stream in); every check runs again. */
  'certificates.applyImport': mutation({
    input: z
      .object({
        cohortId: id,
        templateId: id,
        entries: z
          .array(
            z
              .object({
                row: z.number().int(),
                enrollmentId: id,
                certificateNo: z.string().trim().min(1).max(60),
                issueDate: date,
              })
              .strict(),
          )
          .min(1)
          .max(5000),
      })
      .strict(),
    role: 'clerk',
    title: '导入证书编号',
  }).returns<CertificateSummary[]>(),
};
