import { AppError } from '@shared/errors';
import type { TraineeFilter } from '@shared/contract/trainees/filter';
import { maskIdNumber, maskPhone } from '@shared/domain/masking';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { writeXlsxFile, type XlsxColumn } from '../../files/xlsx-writer';
import { roleAllows } from '@shared/contract/infra/roles';
import { countTrainees } from './list';
import { describeFilter, traineeWhere } from './search';

interface ExportRow {
  name: string;
  sex: string;
  idNumber: string;
  birthDate: string;
  phone: string;
  education: string;
  enterpriseName: string;
  jobTitle: string;
  workStartDate: string | null;
}

/** Every trainee the filter selects, in list order, streamed from the database. */
export function* filteredTrainees<T>(
  ctx: HandlerContext,
  filter: TraineeFilter,
  columns: string,
  join = '',
): Generator<T> {
  const where = traineeWhere(filter);
  const statement = ctx.sqlite.prepare(
    `SELECT ${columns} FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id ${join}
     WHERE ${where.sql} ORDER BY t.name_pinyin, t.id`,
  );
  yield* statement.iterate(...where.params) as Iterable<T>;
}

export const exportHandlers: Pick<AreaHandlers<'trainees'>, 'trainees.export'> = {
  'trainees.export': async ({ filter, fullIds }, ctx) => {
    if (fullIds && !roleAllows(ctx.actor.role, 'clerk'))
      throw new AppError('FORBIDDEN', '只读账号只能导出遮蔽后的身份证号');
    const id = (row: ExportRow) => (fullIds ? row.idNumber : maskIdNumber(row.idNumber));
    const phone = (row: ExportRow) => (fullIds ? row.phone : maskPhone(row.phone));
    const columns: XlsxColumn<ExportRow>[] = [
      { header: '姓名', width: 10, value: (r) => r.name },
      { header: '性别', width: 6, value: (r) => (r.sex === 'male' ? '男' : '女') },
      { header: '身份证号', width: 22, text: true, value: id },
      // Masked, the whole date would give back the hidden digits of the ID: the year only.
      fullIds
        ? { header: '出生日期', width: 12, text: true, value: (r) => r.birthDate }
        : { header: '出生年份', width: 10, text: true, value: (r) => r.birthDate.slice(0, 4) },
      { header: '手机号', width: 14, text: true, value: phone },
      { header: '文化程度', width: 10, value: (r) => r.education },
      { header: '工作单位', width: 30, value: (r) => r.enterpriseName },
      { header: '岗位', width: 14, value: (r) => r.jobTitle },
      { header: '参加工作时间', width: 14, text: true, value: (r) => r.workStartDate ?? '' },
    ];
    const total = countTrainees(ctx, filter);
    const rows = filteredTrainees<ExportRow>(
      ctx,
      filter,
      `t.name, t.sex, t.id_number AS idNumber, t.birth_date AS birthDate, t.phone, t.education, coalesce(e.name, '') AS enterpriseName,
       t.job_title AS jobTitle, t.work_start_date AS workStartDate`,
    );
    // The file streams to disk (contract job.download): 500,000 rows never sit in memory or in a message.
    let count = 0;
    const counted = (function* () {
      for (const row of rows) {
        count++;
        yield row;
      }
    })();
    await writeXlsxFile(ctx.files.output!.path, { sheetName: '学员名单', columns, rows: counted }, (written) => {
      ctx.job.checkCancelled();
      ctx.job.progress(
        written,
        total,
        `正在导出学员名单：${written.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 人`,
      );
    });
    ctx.audit({
      recordIds: [],
      summary: `导出学员名单 ${count} 人${describeFilter(filter)}，身份证号${fullIds ? '完整显示' : '已遮蔽'}`,
    });
    return { fileName: ctx.files.output!.name, rows: count };
  },
};
