import type { TraineeDetail, TraineeRow } from '@shared/contract/trainees';
import { maskIdNumber, maskPhone } from '@shared/domain/masking';
import type { Sex } from '@shared/domain/resident-id';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';

/** Columns of a list row, for alias `t` joined to enterprises `e`. */
export const rowColumns = `t.id, t.name, t.name_pinyin AS pinyin, t.sex, t.birth_date AS birthDate, t.id_number AS idNumber,
  t.phone, t.education, t.enterprise_id AS enterpriseId, coalesce(e.name, '') AS enterpriseName, t.job_title AS jobTitle,
  EXISTS (SELECT 1 FROM trainee_photos p WHERE p.trainee_id = t.id) AS hasPhoto`;

export interface RawRow {
  id: string;
  name: string;
  pinyin: string;
  sex: Sex;
  birthDate: string;
  idNumber: string;
  phone: string;
  education: string;
  enterpriseId: string | null;
  enterpriseName: string;
  jobTitle: string;
  hasPhoto: number;
}

/** The only way a row leaves the service: masked. */
export function toRow(raw: RawRow): TraineeRow {
  return {
    id: raw.id,
    name: raw.name,
    sex: raw.sex,
    birthYear: raw.birthDate.slice(0, 4),
    idMasked: maskIdNumber(raw.idNumber),
    phoneMasked: maskPhone(raw.phone),
    education: raw.education,
    enterpriseId: raw.enterpriseId,
    enterpriseName: raw.enterpriseName,
    jobTitle: raw.jobTitle,
    hasPhoto: raw.hasPhoto === 1,
  };
}

export function getDetail(ctx: HandlerContext, id: string): TraineeDetail {
  const raw = ctx.sqlite
    .prepare(
      `SELECT ${rowColumns}, t.work_start_date AS workStartDate, coalesce(e.district, '') AS enterpriseDistrict,
         t.created_at AS createdAt, t.updated_at AS updatedAt
       FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id WHERE t.id = ? AND t.deleted_at IS NULL`,
    )
    .get(id) as
    | (RawRow & { workStartDate: string | null; enterpriseDistrict: string; createdAt: string; updatedAt: string })
    | undefined;
  if (!raw) throw new AppError('NOT_FOUND', '这名学员不存在或已删除');
  return {
    ...toRow(raw),
    workStartDate: raw.workStartDate,
    enterpriseDistrict: raw.enterpriseDistrict,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
  };
}
