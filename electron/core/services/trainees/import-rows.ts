import type { ImportPreviewRow, ImportRowsInput, TraineeImportFieldKey } from '@shared/contract/trainees/import';
import { traineeImportFields } from '@shared/contract/trainees/import';
import { phoneSchema } from '@shared/contract/trainees';
import { parseLooseDate } from '@shared/domain/loose-date';
import { maskIdNumber, maskTypedIdNumber } from '@shared/domain/masking';
import { normalizeCode, normalizeText } from '@shared/domain/normalize';
import { educationLevels } from '@shared/domain/places';
import { checkResidentId, type Sex } from '@shared/domain/resident-id';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';

/** What a valid row will write; empty optional cells leave the stored value as it is. */
export interface ImportValues {
  name: string;
  idNumber: string;
  sex: Sex;
  birthDate: string;
  phone: string | null;
  education: string | null;
  enterpriseName: string | null;
  jobTitle: string | null;
  workStartDate: string | null;
}

export interface CheckedRow extends ImportPreviewRow {
  values: ImportValues | null;
  existingId: string | null;
  restores: boolean;
}

interface Existing {
  id: string;
  name: string;
  phone: string;
  education: string;
  enterpriseName: string;
  jobTitle: string;
  workStartDate: string | null;
  deletedAt: string | null;
}

const educationAliases: Record<string, string> = {
  大学本科: '本科',
  大学: '本科',
  学士: '本科',
  专科: '大专',
  大学专科: '大专',
  高职: '大专',
  硕士: '研究生',
  博士: '研究生',
  硕士研究生: '研究生',
  博士研究生: '研究生',
  技校: '技工学校',
  中技: '技工学校',
  职高: '中专',
  中职: '中专',
  高中及以下: '高中',
  初中及以下: '初中',
};

const changeLabels: Record<Exclude<keyof ImportValues, 'idNumber' | 'sex' | 'birthDate'>, string> = {
  name: '姓名',
  phone: '手机号',
  education: '文化程度',
  enterpriseName: '工作单位',
  jobTitle: '岗位',
  workStartDate: '参加工作时间',
};

/**
 * Every check of a trainee import, shared by the preview, the commit and the error workbook, so a
 * commit never fails on what the preview passed. Rows with no text at all are skipped as blank.
 */
export function checkImportRows(
  ctx: HandlerContext,
  input: ImportRowsInput,
  onRow: (rowsChecked: number) => void = () => {},
) {
  for (const field of traineeImportFields) {
    if ('required' in field && field.required && (input.mapping[field.key] ?? null) === null) {
      throw new AppError('VALIDATION', `请为“${field.label}”选择对应的列`);
    }
  }
  const enterpriseIds = new Map(
    (
      ctx.sqlite.prepare('SELECT id, name FROM enterprises WHERE deleted_at IS NULL').all() as {
        id: string;
        name: string;
      }[]
    ).map((e) => [e.name, e.id]),
  );
  const findExisting = ctx.sqlite.prepare(
    `SELECT t.id, t.name, t.phone, t.education, coalesce(e.name, '') AS enterpriseName, t.job_title AS jobTitle,
       t.work_start_date AS workStartDate, t.deleted_at AS deletedAt
     FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id WHERE t.id_number = ?`,
  );
  const firstRowOfId = new Map<string, number>();
  const newEnterprises = new Set<string>();
  const rows: CheckedRow[] = [];
  let blankRows = 0;

  for (const [index, sheetRow] of input.rows.entries()) {
    ctx.job.checkCancelled();
    onRow(index + 1);
    if (sheetRow.cells.every((cell) => cell.trim() === '')) {
      blankRows++;
      continue;
    }
    const errors: { column: string; message: string }[] = [];
    const cell = (key: TraineeImportFieldKey) => {
      const column = input.mapping[key] ?? null;
      return column === null ? '' : (sheetRow.cells[column] ?? '');
    };
    const fail = (key: TraineeImportFieldKey, message: string) => {
      const column = input.mapping[key] ?? null;
      errors.push({
        column: (column !== null && input.headers[column]) || traineeImportFields.find((f) => f.key === key)!.label,
        message,
      });
    };

    const name = normalizeText(cell('name'));
    if (name === '') fail('name', '姓名不能为空');
    else if (name.length > 30) fail('name', '姓名不能超过 30 个字');

    const id = checkResidentId(cell('idNumber'), ctx.today);
    if (!id.ok) fail('idNumber', id.reason);
    else if (firstRowOfId.has(id.idNumber)) fail('idNumber', `与第 ${firstRowOfId.get(id.idNumber)} 行的身份证号重复`);
    else firstRowOfId.set(id.idNumber, sheetRow.rowNumber);

    const phoneText = cell('phone').trim();
    const phone = phoneSchema.safeParse(phoneText);
    if (!phone.success) fail('phone', phone.error.issues[0]!.message);

    const educationText = normalizeText(cell('education')).replace(/\s/g, '');
    const education = educationAliases[educationText] ?? educationText;
    if (education !== '' && !(educationLevels as readonly string[]).includes(education)) {
      fail('education', `文化程度“${educationText}”不在可选范围内（${educationLevels.join('、')}）`);
    }

    const enterpriseName = normalizeText(cell('enterpriseName'));
    if (enterpriseName.length > 100) fail('enterpriseName', '单位名称不能超过 100 个字');
    const jobTitle = normalizeText(cell('jobTitle'));
    if (jobTitle.length > 50) fail('jobTitle', '岗位不能超过 50 个字');

    let workStartDate: string | null = null;
    const workText = cell('workStartDate').trim();
    if (workText !== '') {
      const parsed = parseLooseDate(workText);
      if (!parsed.ok) fail('workStartDate', parsed.reason);
      else if (parsed.value > ctx.today) fail('workStartDate', `参加工作时间 ${parsed.value} 晚于今天`);
      else if (id.ok && parsed.value < id.birthDate)
        fail('workStartDate', `参加工作时间 ${parsed.value} 早于出生日期 ${id.birthDate}`);
      else workStartDate = parsed.value;
    }

    const idMasked = id.ok ? maskIdNumber(id.idNumber) : maskTypedIdNumber(normalizeCode(cell('idNumber')));
    if (errors.length > 0 || !id.ok) {
      rows.push({
        rowNumber: sheetRow.rowNumber,
        status: 'error',
        name,
        idMasked,
        changes: [],
        errors,
        values: null,
        existingId: null,
        restores: false,
      });
      continue;
    }
    const values: ImportValues = {
      name,
      idNumber: id.idNumber,
      sex: id.sex,
      birthDate: id.birthDate,
      phone: phone.data === '' ? null : (phone.data ?? null),
      education: education === '' ? null : education,
      enterpriseName: enterpriseName === '' ? null : enterpriseName,
      jobTitle: jobTitle === '' ? null : jobTitle,
      workStartDate,
    };
    if (values.enterpriseName !== null && !enterpriseIds.has(values.enterpriseName))
      newEnterprises.add(values.enterpriseName);
    const existing = findExisting.get(id.idNumber) as Existing | undefined;
    const changes = existing ? changedFields(existing, values) : [];
    const restores = existing?.deletedAt != null;
    const status = !existing ? 'new' : changes.length > 0 || restores ? 'update' : 'same';
    rows.push({
      rowNumber: sheetRow.rowNumber,
      status,
      name,
      idMasked,
      changes: restores ? ['恢复已删除的记录', ...changes] : changes,
      errors: [],
      values,
      existingId: existing?.id ?? null,
      restores,
    });
  }
  return { rows, newEnterprises: [...newEnterprises], enterpriseIds, blankRows };
}

function changedFields(existing: Existing, values: ImportValues): string[] {
  const changes: string[] = [];
  for (const key of Object.keys(changeLabels) as (keyof typeof changeLabels)[]) {
    const incoming = values[key];
    if (incoming !== null && incoming !== (existing[key] ?? null)) changes.push(changeLabels[key]);
  }
  return changes;
}
