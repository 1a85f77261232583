import { readFileSync } from 'node:fs';
import type { Parsed } from '../../../../shared/contract';
import type { EntryImportPreview, EntryImportPreviewRow } from '../../../../shared/contract/promotions';
import { entryImportFields } from '../../../../shared/contract/promotions';
import type { SheetField, SheetRead } from '../../../../shared/contract/infra/sheet';
import {
  awardLabels,
  parseAward,
  type Award,
  type ContestantGroup,
} from '../../../../shared/domain/competitions/levels';
import { placingProblems } from '../../../../shared/domain/competitions/results';
import { maskIdNumber, maskTypedIdNumber } from '../../../../shared/domain/masking';
import { normalizeCode, normalizeText, toHalfWidth } from '../../../../shared/domain/normalize';
import { checkResidentId } from '../../../../shared/domain/resident-id';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import { matchHeaders, readSheet } from '../../files/sheet-reader';
import { createEnterpriseByName } from '../enterprises';
import { createTrainee } from '../trainees/records';
import { parseResult, requireDraft } from './competitions';
import * as store from './store';

type ImportInput = Parsed<'competitions.commitEntryImport'>;

/** The sheet's columns for one competition: the fixed ones, and one per score part named as the competition names it. */
function fieldsFor(parts: readonly string[]): SheetField[] {
  const fixed = entryImportFields.filter((f) => !f.key.startsWith('score'));
  const partFields = parts.map((part, i) => {
    const usual = entryImportFields.find((f) => f.key === `score${i + 1}`)!;
    return { key: `score${i + 1}`, label: part, aliases: [part, `${part}成绩`, ...usual.aliases] };
  });
  return [...fixed, ...partFields];
}

/** A footer line (填报人：…, 审核人：…) ends the data: nothing below it is a contestant. */
const footerWords = /^(填报人|填表人|制表人|审核人|负责人|联系人|填报日期)/;

/**
 * Reads a sign-up list or result sheet with the forgiving reader, then undoes the two things result
 * sheets do that a roster does not: a second header row (考核成绩 over 理论 | 实操) is folded into
 * the first, and a 填报人 footer ends the rows.
 */
export async function readEntrySheet(ctx: HandlerContext, competitionId: string): Promise<SheetRead> {
  const competition = store.getCompetition(ctx, competitionId);
  const fields = fieldsFor(JSON.parse(competition.scoreParts) as string[]);
  const file = ctx.files.input!;
  const sheet = await readSheet({
    fileName: file.name,
    bytes: readFileSync(file.path),
    fields,
    onProgress: (_rows, bytes) => {
      ctx.job.checkCancelled();
      ctx.job.progress(bytes, file.size, `正在读取 ${file.name}`);
    },
  });
  const [first, ...rest] = sheet.rows;
  const mapped = (mapping: Record<string, number | null>) => Object.values(mapping).filter((v) => v !== null).length;
  if (first) {
    const merged = sheet.headers.map((header, i) => (first.cells[i]?.trim() ? first.cells[i]!.trim() : header));
    const mapping = matchHeaders(merged, fields);
    if (mapped(mapping) > mapped(sheet.mapping)) return endAtFooter({ ...sheet, headers: merged, mapping, rows: rest });
  }
  return endAtFooter(sheet);
}

function endAtFooter(sheet: SheetRead): SheetRead {
  const footer = sheet.rows.findIndex((row) => row.cells.some((cell) => footerWords.test(cell.trim())));
  return footer < 0 ? sheet : { ...sheet, rows: sheet.rows.slice(0, footer) };
}

interface CheckedEntryRow extends EntryImportPreviewRow {
  idNumber: string;
  traineeId: string | null;
  entryId: string | null;
  group: ContestantGroup;
  unitName: string;
  teamName: string;
  phone: string;
  result: store.EntryResult | null;
}

const groupWords: Record<string, ContestantGroup> = {
  '': 'workers',
  职工组: 'workers',
  职工: 'workers',
  学生组: 'students',
  学生: 'students',
};

/** Every check of the import, shared by the preview and the commit, so a commit never refuses what the preview passed. */
function checkRows(ctx: HandlerContext, input: ImportInput) {
  const competition = requireDraft(ctx, input.competitionId);
  const parts = JSON.parse(competition.scoreParts) as string[];
  for (const key of ['name', 'idNumber']) {
    if ((input.mapping[key] ?? null) === null)
      throw new AppError('VALIDATION', `请为“${key === 'name' ? '姓名' : '身份证号'}”选择对应的列`);
  }
  const column = (key: string) => input.mapping[key] ?? null;
  const hasResults = ['rank', 'award', 'prize', ...parts.map((_, i) => `score${i + 1}`)].some(
    (key) => column(key) !== null,
  );
  const ids = input.rows
    .map((row) => checkResidentId(row.cells[column('idNumber')!] ?? '', ctx.today))
    .map((c) => (c.ok ? c.idNumber : ''));
  const known = store.traineesByIdNumber(
    ctx,
    ids.filter((id) => id !== ''),
  );
  const firstRowOf = new Map<string, number>();
  const rows: CheckedEntryRow[] = [];

  for (const [index, sheetRow] of input.rows.entries()) {
    if (sheetRow.cells.every((cell) => cell.trim() === '')) continue;
    const cell = (key: string) => (column(key) === null ? '' : (sheetRow.cells[column(key)!] ?? ''));
    const errors: string[] = [];
    const name = normalizeText(cell('name'));
    if (name === '') errors.push('姓名：不能为空');
    const id = checkResidentId(cell('idNumber'), ctx.today);
    if (!id.ok) errors.push(`身份证号：${id.reason}`);
    else if (firstRowOf.has(id.idNumber)) errors.push(`身份证号：与第 ${firstRowOf.get(id.idNumber)} 行重复`);
    else firstRowOf.set(id.idNumber, sheetRow.rowNumber);
    const person = id.ok ? known.get(id.idNumber) : undefined;
    if (person && person.deletedAt === null && name !== '' && normalizeText(person.name) !== name)
      errors.push(`姓名：与登记的“${person.name}”不一致，请核对身份证号`);
    const group = groupWords[normalizeText(cell('group')).replace(/\s/g, '')];
    if (group === undefined) errors.push(`组别：“${cell('group')}”应为职工组或学生组`);

    let result: store.EntryResult | null = null;
    if (hasResults) {
      const awardText = cell('award');
      const award = parseAward(awardText);
      if (award === undefined)
        errors.push(`奖项：“${awardText}”无法识别（可填${Object.values(awardLabels).join('、')}）`);
      const prizeText = toHalfWidth(cell('prize')).replace(/[\s,，元]/g, '');
      const prizeOk = prizeText === '' || /^\d{1,8}(\.\d{1,2})?$/.test(prizeText);
      if (!prizeOk) errors.push(`奖金：“${cell('prize')}”不是金额（元，最多两位小数）`);
      result = parseResult(
        parts,
        {
          scores: parts.map((_, i) => cell(`score${i + 1}`)),
          rank: cell('rank'),
          award: (award ?? null) as Award | null,
          absent: false,
          prizeFen: prizeOk && prizeText !== '' ? Math.round(Number(prizeText) * 100) : 0,
        },
        (columnName, message) => errors.push(`${columnName}：${message}`),
      );
    }
    const traineeId = person && person.deletedAt === null ? person.id : null;
    const entryId = traineeId ? store.entryOfTrainee(ctx, competition.id, traineeId) : null;
    const status: EntryImportPreviewRow['status'] =
      errors.length > 0 ? 'error' : traineeId === null ? 'newTrainee' : entryId ? 'update' : 'new';
    rows.push({
      rowNumber: sheetRow.rowNumber,
      name,
      idMasked: id.ok ? maskIdNumber(id.idNumber) : maskTypedIdNumber(normalizeCode(cell('idNumber'))),
      status,
      summary: result ? summarize(parts, result) : '报名',
      errors,
      idNumber: ids[index] ?? '',
      traineeId,
      entryId,
      group: group ?? 'workers',
      unitName: normalizeText(cell('unitName')).slice(0, 100),
      teamName: normalizeText(cell('teamName')).slice(0, 60),
      phone: toHalfWidth(cell('phone')).replace(/\s/g, ''),
      result,
    });
  }
  // Across rows: a medal rank held twice in one group, a rank beside 缺考, a rank without a score.
  if (hasResults) {
    const problems = placingProblems(
      rows
        .filter((r) => r.result)
        .map((r) => ({
          key: String(r.rowNumber),
          label: `第 ${r.rowNumber} 行 ${r.name}`,
          group: r.group,
          rank: r.result!.rank,
          absent: r.result!.absent,
          scores: r.result!.scores,
        })),
    );
    for (const row of rows) {
      const problem = problems.get(String(row.rowNumber));
      if (!problem) continue;
      row.errors.push(problem.replace(`第 ${row.rowNumber} 行 ${row.name}：`, '名次：'));
      row.status = 'error';
    }
  }
  return { competition, rows, hasResults };
}

function summarize(parts: readonly string[], r: store.EntryResult): string {
  if (r.absent) return '缺考';
  const scores = parts.map((part, i) => (r.scores[i] === null ? null : `${part} ${r.scores[i]}`)).filter(Boolean);
  const award = r.award ? awardLabels[r.award] : null;
  return [r.rank === null ? '无名次' : `第 ${r.rank} 名`, award, ...scores].filter(Boolean).join(' · ');
}

export function previewEntryImport(ctx: HandlerContext, input: ImportInput): EntryImportPreview {
  const { rows } = checkRows(ctx, input);
  const counts: EntryImportPreview['counts'] = { new: 0, update: 0, newTrainee: 0, error: 0 };
  for (const row of rows) counts[row.status]++;
  return {
    rows: rows.map(({ rowNumber, name, idMasked, status, summary, errors }) => ({
      rowNumber,
      name,
      idMasked,
      status,
      summary,
      errors,
    })),
    counts,
  };
}

/** Writes every row without an error in one transaction; people not on record become trainees. */
export function commitEntryImport(ctx: HandlerContext, input: ImportInput) {
  const { competition, rows } = checkRows(ctx, input);
  let added = 0;
  let updated = 0;
  let traineesCreated = 0;
  for (const row of rows) {
    if (row.status === 'error') continue;
    let traineeId = row.traineeId;
    if (traineeId === null) {
      const enterpriseId =
        row.unitName === ''
          ? null
          : (store.enterpriseIdByName(ctx, row.unitName) ?? createEnterpriseByName(ctx, row.unitName));
      const phone = /^1\d{10}$/.test(row.phone) ? row.phone : '';
      traineeId = createTrainee(ctx, {
        name: row.name,
        idNumber: row.idNumber,
        phone,
        education: '',
        enterpriseId,
        jobTitle: '',
        workStartDate: null,
      }).id;
      traineesCreated++;
    }
    let entryId = row.entryId;
    if (entryId === null) {
      entryId = store.insertEntry(ctx, {
        competitionId: competition.id,
        traineeId,
        group: row.group,
        unitName: row.unitName,
        teamName: row.teamName,
      });
      added++;
    } else {
      store.updateEntrySignUp(ctx, entryId, row);
      updated++;
    }
    if (row.result) store.updateEntryResult(ctx, entryId, row.result);
  }
  const skipped = rows.filter((r) => r.status === 'error').length;
  ctx.audit({
    recordIds: [competition.id],
    summary: `“${competition.name}”导入参赛名单：新增 ${added} 人，更新 ${updated} 人，新登记学员 ${traineesCreated} 人，未导入 ${skipped} 行`,
  });
  return { added, updated, traineesCreated, skipped };
}
