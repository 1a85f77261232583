import type { ProgrammeRow } from '@shared/contract/diploma';
import {
  diplomaLevelLabels,
  intakeLabel,
  programmeTuition,
  studyModeLabels,
  type DiplomaLevel,
  type IntakeTerm,
  type StudyMode,
  type TuitionBasis,
} from '@shared/domain/diploma/programmes';
import { yuanLabel } from '@shared/domain/money/fen';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import * as store from './store';

export function toProgrammeRow(row: store.ProgrammeRecord & { enrolled: number }): ProgrammeRow {
  return {
    ...row,
    levelLabel: diplomaLevelLabels[row.level],
    modeLabel: studyModeLabels[row.mode],
    intakeLabel: intakeLabel(row.intakeYear, row.intakeTerm),
    tuitionFen: programmeTuition(row.tuitionBasis, row.priceFen, row.credits),
  };
}

export function programmeLabel(row: {
  school: string;
  major: string;
  level: DiplomaLevel;
  intakeYear: number;
  intakeTerm: IntakeTerm;
}) {
  return `${intakeLabel(row.intakeYear, row.intakeTerm)} ${row.school} ${row.major}（${diplomaLevelLabels[row.level]}）`;
}

export function requireProgramme(ctx: HandlerContext, id: string) {
  const row = store.programmeById(ctx, id);
  if (!row) throw new AppError('NOT_FOUND', '这个专业不存在或已删除');
  return row;
}

export function saveProgramme(
  ctx: HandlerContext,
  input: {
    id: string | null;
    school: string;
    major: string;
    level: DiplomaLevel;
    mode: StudyMode;
    intakeYear: number;
    intakeTerm: IntakeTerm;
    applicationDeadline: string;
    tuitionBasis: TuitionBasis;
    priceFen: number;
    credits: number;
  },
): ProgrammeRow {
  if (input.tuitionBasis === 'perCredit' && input.credits === 0) {
    throw new AppError('VALIDATION', '按学分计学费时请填写总学分', {
      issues: [{ field: 'credits', message: '请填写总学分' }],
    });
  }
  const existing = input.id ? requireProgramme(ctx, input.id) : null;
  const row: store.ProgrammeRecord = { ...input, id: existing?.id ?? ctx.newId() };
  if (store.sameProgramme(ctx, row)) {
    throw new AppError('CONFLICT', `${programmeLabel(row)}已经建过，请在列表中修改它`);
  }
  if (existing) store.updateProgramme(ctx, row, ctx.now);
  else store.insertProgramme(ctx, row, ctx.now);
  const saved = toProgrammeRow(store.programmeById(ctx, row.id)!);
  ctx.audit({
    recordIds: [row.id],
    summary: `${existing ? '修改' : '新建'}学历专业：${programmeLabel(row)}，学费 ${yuanLabel(saved.tuitionFen)}`,
  });
  return saved;
}
