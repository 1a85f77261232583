import { z } from 'zod';
import type { Grade } from '../../domain/grades';
import { honourKinds, type HonourKind } from '../../domain/promotions/honours';
import {
  promotionPaths,
  promotionStates,
  type PromotionPath,
  type PromotionState,
} from '../../domain/promotions/ledger';
import { mutation, query } from '../infra/define';
import { calendarDate, gradeField, id, text } from './fields';

export const ledgerFilter = z
  .object({
    path: z.enum(promotionPaths).nullable().default(null),
    state: z.enum(promotionStates).nullable().default(null),
    jobTypeId: id.nullable().default(null),
    toGrade: gradeField.nullable().default(null),
    year: z.number().int().min(2000).max(2100).nullable().default(null),
    district: text(30).nullable().default(null),
    enterpriseId: id.nullable().default(null),
    competitionId: id.nullable().default(null),
  })
  .strict();
export type LedgerFilter = z.input<typeof ledgerFilter>;
const emptyFilter = ledgerFilter.parse({});

/** The evidence a promotion rests on, as the ledger and the trainee page show it. */
export type PromotionEvidence =
  | { kind: 'appraisal'; cohortId: string; cohortName: string; publishedOn: string }
  | { kind: 'competition'; competitionId: string; competitionName: string; rank: number | null; rule: string }
  | { kind: 'recognition'; documentNo: string; issuingBody: string; documentDate: string };

export interface PromotionRow {
  id: string;
  traineeId: string;
  name: string;
  idNumberMasked: string;
  enterpriseName: string;
  jobTypeName: string;
  fromGrade: Grade | null;
  toGrade: Grade;
  path: PromotionPath;
  state: PromotionState;
  reason: string;
  evidence: PromotionEvidence;
  evidenceDate: string;
  proposedByName: string;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string;
  certificateNo: string;
  certifiedOn: string | null;
  /** Set on a revoked promotion (the trainee page still lists it, struck out). */
  revokedReason: string | null;
}

export interface HonourRow {
  id: string;
  kind: HonourKind;
  title: string;
  awardingBody: string;
  awardedOn: string;
  documentNo: string;
  competitionName: string | null;
  recordedByName: string;
}

export interface DecisionResult {
  done: number;
  /** Records left as they were, with why (a proposal of one's own, a state that moved on). */
  refused: { id: string; name: string; reason: string }[];
}

export interface PromotionSummary {
  /** Per year (newest first): granted promotions by path. */
  byYear: { year: number; appraisal: number; competition: number; recognition: number }[];
  pending: number;
  competitionsThisYear: number;
  competitionPromotionsThisYear: number;
  honoursThisYear: number;
}

const ids = z.array(id).min(1, '请先选择记录').max(5000, '一次最多处理 5000 条');
const cursor = z
  .object({ createdAt: z.string().max(40), id })
  .nullable()
  .default(null);
const ledgerWorkbook = {
  download: { extension: '.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

export const ledgerContract = {
  'promotions.list': query({
    input: z
      .object({
        filter: ledgerFilter.default(emptyFilter),
        after: cursor,
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    role: 'viewer',
    title: '查看晋升台账',
  }).returns<{ rows: PromotionRow[]; next: { createdAt: string; id: string } | null }>(),
  'promotions.count': query({
    input: z.object({ filter: ledgerFilter.default(emptyFilter) }).strict(),
    role: 'viewer',
    title: '统计晋升台账',
  }).returns<{ total: number }>(),
  /** Every pending id the filter selects, for "select all" before a batch approval. */
  'promotions.pendingIds': query({
    input: z.object({ filter: ledgerFilter.default(emptyFilter) }).strict(),
    role: 'viewer',
    title: '查看待审核晋升',
  }).returns<{
    ids: string[];
    truncated: boolean;
  }>(),
  /** Approves in one transaction and writes each grade into the grade history; never by whoever proposed one of them. */
  'promotions.approve': mutation({
    input: z.object({ ids }).strict(),
    role: 'clerk',
    duty: 'approvePromotions',
    title: '核准晋升',
    makerChecker: { made: '提交其中的晋升记录' },
  }).returns<DecisionResult>(),
  'promotions.reject': mutation({
    input: z.object({ ids, reason: z.string().trim().min(1, '请填写驳回原因').max(200) }).strict(),
    role: 'clerk',
    duty: 'approvePromotions',
    title: '驳回晋升',
  }).returns<DecisionResult>(),
  /** Soft-deletes an approved promotion and its grade, with the reason; the eligibility engine stops counting it. */
  'promotions.revoke': mutation({
    input: z.object({ id, reason: z.string().trim().min(1, '请填写撤销原因').max(200) }).strict(),
    role: 'admin',
    title: '撤销晋升',
  }).returns<{
    revoked: true;
  }>(),
  /** The certificate number and date the agency issued (已核准 → 已发证). */
  'promotions.recordCertificates': mutation({
    input: z
      .object({
        entries: z
          .array(
            z
              .object({
                id,
                certificateNo: z.string().trim().min(1, '请填写证书编号').max(40),
                certifiedOn: calendarDate('发证日期'),
              })
              .strict(),
          )
          .min(1)
          .max(5000),
      })
      .strict(),
    role: 'clerk',
    title: '登记晋升证书',
  }).returns<DecisionResult>(),
  /** 破格 / 直接认定 / 特级技师评聘: recorded from the document; the base records it, it does not decide it. */
  'promotions.proposeRecognition': mutation({
    input: z
      .object({
        traineeId: id,
        jobTypeId: id,
        toGrade: gradeField,
        documentNo: z.string().trim().min(1, '请填写认定文件文号').max(60),
        issuingBody: z.string().trim().min(1, '请填写发文单位').max(100),
        documentDate: calendarDate('发文日期'),
        note: text(200).default(''),
      })
      .strict(),
    role: 'clerk',
    title: '登记破格/直接认定',
  }).returns<PromotionRow>(),
  'promotions.ofTrainee': query({
    input: z.object({ traineeId: id }).strict(),
    role: 'viewer',
    title: '查看学员晋升记录',
  }).returns<{
    promotions: PromotionRow[];
    honours: HonourRow[];
  }>(),
  'promotions.recordHonour': mutation({
    input: z
      .object({
        traineeId: id,
        kind: z.enum(honourKinds),
        title: text(100).default(''),
        awardingBody: z.string().trim().min(1, '请填写授予单位').max(100),
        awardedOn: calendarDate('授予日期'),
        documentNo: text(60).default(''),
      })
      .strict(),
    role: 'clerk',
    title: '登记荣誉',
  }).returns<HonourRow[]>(),
  /** Honours for a published competition's winners: the competition must be in the annual plan. */
  'promotions.recordCompetitionHonours': mutation({
    input: z
      .object({
        competitionId: id,
        entryIds: ids,
        kind: z.enum(honourKinds),
        awardingBody: z.string().trim().min(1, '请填写授予单位').max(100),
        awardedOn: calendarDate('授予日期'),
        documentNo: text(60).default(''),
      })
      .strict(),
    role: 'clerk',
    title: '登记竞赛荣誉',
  }).returns<{ recorded: number }>(),
  'promotions.removeHonour': mutation({ input: z.object({ id }).strict(), role: 'clerk', title: '删除荣誉' }).returns<{
    removed: true;
  }>(),
  'promotions.summary': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '晋升统计',
  }).returns<PromotionSummary>(),
  'promotions.exportLedger': query({
    input: z.object({ filter: ledgerFilter.default(emptyFilter) }).strict(),
    role: 'clerk',
    title: '导出晋升台账',
    job: ledgerWorkbook,
  }).returns<{
    fileName: string;
    rows: number;
  }>(),
};
