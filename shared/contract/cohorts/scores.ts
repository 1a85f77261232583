import { z } from 'zod';
import type { EnrollmentResult, ScorePart } from '../../domain/cohorts/marks';
import { scoreParts } from '../../domain/cohorts/marks';
import { mutation, query } from '../infra/define';

const id = z.string().min(1);

export interface GridMark {
  /** As shown: "85", "缺考", "违纪", or "" when missing. */
  text: string;
  attempt: number;
  confirmed: boolean;
  enteredByName: string;
}

export interface ScoreGridRow {
  enrollmentId: string;
  seq: number;
  name: string;
  idNumberMasked: string;
  barredForHours: boolean;
  marks: Partial<Record<ScorePart, GridMark>>;
  result: EnrollmentResult | null;
}

export interface ScoreGrid {
  parts: ScorePart[];
  passMarks: Partial<Record<ScorePart, number>>;
  published: boolean;
  rows: ScoreGridRow[];
}

export interface MarkHistoryEntry {
  part: ScorePart;
  attempt: number;
  text: string;
  source: 'grid' | 'import';
  enteredByName: string;
  enteredAt: string;
  confirmedByName: string | null;
  changeReason: string | null;
  /** Replaced by a correction (the resit keeps the first sitting current in history, not replaced). */
  replaced: boolean;
}

export interface ScoreImportPreview {
  matched: number;
  /** Rows whose ID number is not enrolled in this cohort, or whose name differs, or whose marks are invalid. */
  mismatches: { row: number; idNumber: string; name: string; problem: string }[];
  changes: { enrollmentId: string; name: string; part: ScorePart; from: string; to: string }[];
}

/** A workbook column the agency's results sheet may carry, by its usual header names. */
export const scoreImportFields = [
  {
    key: 'idNumber',
    label: '身份证号',
    aliases: ['身份证号', '身份证号码', '证件号码', '证件号', '公民身份号码'],
    required: true,
  },
  { key: 'name', label: '姓名', aliases: ['姓名', '考生姓名'] },
  { key: 'theory', label: '理论成绩', aliases: ['理论成绩', '理论', '理论知识', '理论考试'] },
  { key: 'practical', label: '实操成绩', aliases: ['实操成绩', '实操', '技能操作', '技能', '操作技能'] },
  { key: 'review', label: '综合评审', aliases: ['综合评审', '综合评审成绩', '评审'] },
] as const;

const entry = z.object({ enrollmentId: id, part: z.enum(scoreParts), text: z.string().max(20) });

export const scoreContract = {
  'cohorts.scoreGrid': query({
    input: z.object({ cohortId: id }).strict(),
    role: 'viewer',
    title: '查看成绩',
  }).returns<ScoreGrid>(),
  /** Saves typed marks; after publication a reason is required and each change is logged. */
  'cohorts.saveMarks': mutation({
    input: z
      .object({
        cohortId: id,
        entries: z.array(entry).min(1).max(20000),
        reason: z.string().trim().max(200).default(''),
      })
      .strict(),
    role: 'clerk',
    title: '录入成绩',
  }).returns<ScoreGrid>(),
  'cohorts.recordResit': mutation({
    input: entry.extend({ reason: z.string().trim().max(200).default('') }).strict(),
    role: 'clerk',
    title: '录入补考成绩',
  }).returns<ScoreGrid>(),
  'cohorts.confirmMarks': mutation({
    input: z.object({ cohortId: id }).strict(),
    role: 'clerk',
    title: '复核确认成绩',
    makerChecker: { made: '录入其中的成绩' },
  }).returns<{ confirmed: number }>(),
  'cohorts.markHistory': query({
    input: z.object({ enrollmentId: id }).strict(),
    role: 'viewer',
    title: '查看成绩历史',
  }).returns<MarkHistoryEntry[]>(),
  'cohorts.previewScoreImport': query({
    input: z.object({ cohortId: id, fileName: z.string().min(1), fileBase64: z.string().min(1) }).strict(),
    role: 'clerk',
    title: '预览成绩导入',
  }).returns<ScoreImportPreview>(),
  /** Applies the preview's changes (read by the query, since a mutation cannot wait for a file to stream in). */
  'cohorts.importScores': mutation({
    input: z
      .object({
        cohortId: id,
        entries: z.array(entry).min(1).max(20000),
        reason: z.string().trim().max(200).default(''),
      })
      .strict(),
    role: 'clerk',
    title: '导入鉴定成绩',
  }).returns<ScoreGrid>(),
};
