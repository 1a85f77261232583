import { z } from 'zod';
import { mutation, query } from '../infra/define';
import type { SheetField, SheetRead } from '../infra/sheet';
import { traineeFilter } from './filter';

/** The columns a trainee roster may carry, with the header names enterprises actually use. */
export const traineeImportFields = [
  { key: 'name', label: '姓名', aliases: ['姓名', '学员姓名', '职工姓名', '员工姓名', '名字'], required: true },
  {
    key: 'idNumber',
    label: '身份证号',
    aliases: ['身份证号', '身份证号码', '证件号码', '证件号', '身份证', '公民身份号码', '身份证件号码'],
    required: true,
  },
  {
    key: 'phone',
    label: '手机号',
    aliases: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', '移动电话'],
  },
  { key: 'education', label: '文化程度', aliases: ['文化程度', '学历', '最高学历'] },
  {
    key: 'enterpriseName',
    label: '工作单位',
    aliases: ['工作单位', '单位名称', '企业名称', '单位', '所在企业', '所在单位', '企业'],
  },
  { key: 'jobTitle', label: '岗位', aliases: ['岗位', '工作岗位', '从事岗位', '职务', '现从事工种'] },
  {
    key: 'workStartDate',
    label: '参加工作时间',
    aliases: ['参加工作时间', '参加工作日期', '从事本职业时间', '入职时间', '入职日期', '工作时间'],
  },
] as const satisfies readonly SheetField[];

export type TraineeImportFieldKey = (typeof traineeImportFields)[number]['key'];

export type ImportRowStatus = 'new' | 'update' | 'same' | 'error';

export interface ImportPreviewRow {
  rowNumber: number;
  status: ImportRowStatus;
  name: string;
  idMasked: string;
  /** For updates: the Chinese names of the fields that will change. */
  changes: string[];
  /** One plain reason per failing cell. */
  errors: { column: string; message: string }[];
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  counts: Record<ImportRowStatus, number>;
  /** Enterprises named in the file that will be created. */
  newEnterprises: string[];
  blankRows: number;
}

const sheetRows = z.array(z.object({ rowNumber: z.number().int().min(1), cells: z.array(z.string()) })).max(200_000);
const mapping = z.record(z.string(), z.number().int().min(0).nullable());
export const importRowsInput = z.object({ headers: z.array(z.string()), mapping, rows: sheetRows }).strict();
export type ImportRowsInput = z.input<typeof importRowsInput>;

/** A roster of 200,000 rows is about 15 MB; a sheet with images or pivot caches can be more. */
const importWorkbook = { upload: { accept: ['.xlsx', '.csv'], maxBytes: 100 * 1024 * 1024 } } as const;
/** Photos are 2 MB at most (trainees.setPhoto), most 50–300 KB: 300 MB holds a thousand or more. */
const photoZip = { upload: { accept: ['.zip'], maxBytes: 300 * 1024 * 1024 } } as const;
const noInput = z.object({}).strict();

export interface PhotoZipPreview {
  matched: { fileName: string; traineeId: string; name: string; replaces: boolean }[];
  unmatched: { fileName: string; reason: string }[];
  unreadable: { fileName: string; reason: string }[];
}

export const importContract = {
  /** Reads the .xlsx or .csv the user picked and guesses the column mapping. */
  'trainees.readImportFile': query({
    input: noInput,
    role: 'clerk',
    title: '读取导入文件',
    job: importWorkbook,
  }).returns<SheetRead>(),
  /** Every check the commit runs, without writing. */
  'trainees.previewImport': query({
    input: importRowsInput,
    role: 'clerk',
    title: '预览学员导入',
    job: {},
  }).returns<ImportPreview>(),
  /** Writes the valid rows (new and update) in one transaction; error rows are left out; cancelling rolls back every row. */
  'trainees.commitImport': mutation({ input: importRowsInput, role: 'clerk', title: '导入学员', job: {} }).returns<{
    created: number;
    updated: number;
    skipped: number;
    enterprisesCreated: number;
  }>(),
  /** The error rows as they were, plus a 错误原因 column, to fix and import again. */
  'trainees.importErrorsWorkbook': query({ input: importRowsInput, role: 'clerk', title: '下载导入错误行' }).returns<{
    fileName: string;
    base64: string;
    rows: number;
  }>(),
  /** Both read the .zip the user picked (the same file for the preview and the import). */
  'trainees.previewPhotoZip': query({
    input: noInput,
    role: 'clerk',
    title: '预览一寸照压缩包',
    job: photoZip,
  }).returns<PhotoZipPreview>(),
  'trainees.importPhotoZip': mutation({
    input: noInput,
    role: 'clerk',
    title: '批量导入一寸照',
    job: photoZip,
  }).returns<{ imported: number }>(),
  'trainees.exportPhotoZip': query({
    input: z.object({ filter: traineeFilter }).strict(),
    role: 'clerk',
    title: '导出一寸照',
  }).returns<{ fileName: string; base64: string; photos: number }>(),
};
