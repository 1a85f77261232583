import { checkResidentId } from '@shared/domain/resident-id';
import { AppError } from '@shared/errors';
import type { Parsed } from '@shared/contract';
import type { TraineeDetail } from '@shared/contract/trainees';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { pinyinKeys } from './pinyin-keys';
import { getDetail } from './rows';

type RecordChannels =
  | 'trainees.get'
  | 'trainees.revealIdentity'
  | 'trainees.findByIdNumber'
  | 'trainees.create'
  | 'trainees.update'
  | 'trainees.delete';

function assertEnterprise(ctx: HandlerContext, enterpriseId: string | null) {
  if (enterpriseId === null) return;
  const found = ctx.sqlite.prepare('SELECT 1 FROM enterprises WHERE id = ? AND deleted_at IS NULL').get(enterpriseId);
  if (!found)
    throw new AppError('VALIDATION', '所选企业不存在或已删除', {
      issues: [{ field: 'enterpriseId', message: '所选企业不存在或已删除' }],
    });
}

function assertWorkStart(workStartDate: string | null, birthDate: string, today: string) {
  const problem =
    workStartDate === null
      ? null
      : workStartDate > today
        ? '参加工作时间晚于今天'
        : workStartDate < birthDate
          ? '参加工作时间早于出生日期'
          : null;
  if (problem) throw new AppError('VALIDATION', problem, { issues: [{ field: 'workStartDate', message: problem }] });
}

/**
 * Registers a person (or brings a deleted record back), for the trainee form and for any import that
 * meets people not yet on record (a competition's sign-up list).
 */
export function createTrainee(ctx: HandlerContext, input: Parsed<'trainees.create'>): TraineeDetail {
  const check = checkResidentId(input.idNumber, ctx.today);
  if (!check.ok)
    throw new AppError('VALIDATION', `身份证号：${check.reason}`, {
      issues: [{ field: 'idNumber', message: check.reason }],
    });
  const existing = ctx.sqlite
    .prepare('SELECT id, name, deleted_at AS deletedAt FROM trainees WHERE id_number = ?')
    .get(check.idNumber) as { id: string; name: string; deletedAt: string | null } | undefined;
  if (existing && existing.deletedAt === null) {
    throw new AppError(
      'CONFLICT',
      `身份证号 ${check.idNumber.slice(0, 6)}…${check.idNumber.slice(-4)} 已登记为学员“${existing.name}”，已为你打开该记录`,
      {
        existingId: existing.id,
      },
    );
  }
  assertEnterprise(ctx, input.enterpriseId);
  assertWorkStart(input.workStartDate, check.birthDate, ctx.today);
  const keys = pinyinKeys(input.name);
  const values = [
    input.name,
    keys.full,
    keys.initials,
    check.sex,
    check.birthDate,
    input.phone,
    input.education,
    input.enterpriseId,
    input.jobTitle,
    input.workStartDate,
  ];
  let id: string;
  if (existing) {
    // A deleted person registered again gets the old record back (the ID number stays unique).
    id = existing.id;
    ctx.sqlite
      .prepare(
        `UPDATE trainees SET deleted_at = NULL, updated_at = ?, name = ?, name_pinyin = ?, name_initials = ?, sex = ?, birth_date = ?,
           phone = ?, education = ?, enterprise_id = ?, job_title = ?, work_start_date = ? WHERE id = ?`,
      )
      .run(ctx.now, ...values, id);
  } else {
    id = ctx.newId();
    ctx.sqlite
      .prepare(
        `INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, sex, birth_date, phone, education,
           enterprise_id, job_title, work_start_date, id_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, ctx.now, ctx.now, ...values, check.idNumber);
  }
  ctx.audit({ recordIds: [id], summary: `新增学员：${input.name}` });
  return getDetail(ctx, id);
}

export const recordHandlers: Pick<AreaHandlers<'trainees'>, RecordChannels> = {
  'trainees.get': ({ id }, ctx) => {
    const detail = getDetail(ctx, id);
    ctx.audit({ recordIds: [id], summary: `查看学员详情：${detail.name}（身份证号已遮蔽）` });
    return detail;
  },

  'trainees.revealIdentity': ({ id }, ctx) => {
    const detail = getDetail(ctx, id);
    const row = ctx.sqlite.prepare('SELECT id_number AS idNumber, phone FROM trainees WHERE id = ?').get(id) as {
      idNumber: string;
      phone: string;
    };
    ctx.audit({ recordIds: [id], summary: `查看完整身份证号与手机号：${detail.name}` });
    return row;
  },

  'trainees.findByIdNumber': ({ idNumber }, ctx) => {
    const check = checkResidentId(idNumber, ctx.today);
    if (!check.ok) return null;
    const found = ctx.sqlite
      .prepare('SELECT id, name FROM trainees WHERE id_number = ? AND deleted_at IS NULL')
      .get(check.idNumber) as { id: string; name: string } | undefined;
    return found ?? null;
  },

  'trainees.create': (input, ctx) => createTrainee(ctx, input),

  'trainees.update': ({ id, ...input }, ctx) => {
    const before = getDetail(ctx, id);
    assertEnterprise(ctx, input.enterpriseId);
    const { birthDate } = ctx.sqlite.prepare('SELECT birth_date AS birthDate FROM trainees WHERE id = ?').get(id) as {
      birthDate: string;
    };
    assertWorkStart(input.workStartDate, birthDate, ctx.today);
    const keys = pinyinKeys(input.name);
    ctx.sqlite
      .prepare(
        `UPDATE trainees SET updated_at = ?, name = ?, name_pinyin = ?, name_initials = ?, phone = coalesce(?, phone), education = ?, enterprise_id = ?,
           job_title = ?, work_start_date = ? WHERE id = ?`,
      )
      .run(
        ctx.now,
        input.name,
        keys.full,
        keys.initials,
        input.phone ?? null,
        input.education,
        input.enterpriseId,
        input.jobTitle,
        input.workStartDate,
        id,
      );
    ctx.audit({ recordIds: [id], summary: `修改学员：${before.name}` });
    return getDetail(ctx, id);
  },

  'trainees.delete': ({ id }, ctx) => {
    const before = getDetail(ctx, id);
    ctx.sqlite.prepare('UPDATE trainees SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
    ctx.audit({ recordIds: [id], summary: `删除学员：${before.name}` });
    return { id };
  },
};
