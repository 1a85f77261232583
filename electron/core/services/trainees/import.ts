import type { ImportPreview, ImportRowStatus } from '@shared/contract/trainees/import';
import { traineeImportFields } from '@shared/contract/trainees/import';
import { readFileSync } from 'node:fs';
import type { AreaHandlers } from '../../router';
import { readSheet } from '../../files/sheet-reader';
import { writeXlsx } from '../../files/xlsx-writer';
import { createEnterpriseByName } from '../enterprises';
import { checkImportRows } from './import-rows';
import { pinyinKeys } from './pinyin-keys';
import { withDigitIndexDeferred } from './digit-index';

type ImportChannels =
  'trainees.readImportFile' | 'trainees.previewImport' | 'trainees.commitImport' | 'trainees.importErrorsWorkbook';

export const importHandlers = {
  'trainees.readImportFile': (_input, ctx) => {
    const file = ctx.files.input!;
    return readSheet({
      fileName: file.name,
      bytes: readFileSync(file.path),
      fields: traineeImportFields,
      onProgress: (rows, bytes) => {
        ctx.job.checkCancelled();
        ctx.job.progress(bytes, file.size, `正在读取 ${file.name}：已读取 ${rows.toLocaleString('zh-CN')} 行`);
      },
    });
  },

  'trainees.previewImport': (input, ctx): ImportPreview => {
    const checked = checkImportRows(ctx, input, (row) =>
      ctx.job.progress(
        row,
        input.rows.length,
        `正在检查第 ${row.toLocaleString('zh-CN')} 行，共 ${input.rows.length.toLocaleString('zh-CN')} 行`,
      ),
    );
    const counts: Record<ImportRowStatus, number> = { new: 0, update: 0, same: 0, error: 0 };
    for (const row of checked.rows) counts[row.status]++;
    return {
      rows: checked.rows.map(({ rowNumber, status, name, idMasked, changes, errors }) => ({
        rowNumber,
        status,
        name,
        idMasked,
        changes,
        errors,
      })),
      counts,
      newEnterprises: checked.newEnterprises,
      blankRows: checked.blankRows,
    };
  },

  'trainees.commitImport': (input, ctx) => {
    // Progress in two halves, checking then writing; the whole runs in the router's one transaction,
    // so a cancel (checked on every row) rolls back every row written before it.
    const total = input.rows.length * 2;
    const { rows, newEnterprises, enterpriseIds } = checkImportRows(ctx, input, (row) =>
      ctx.job.progress(row, total, `正在复核第 ${row.toLocaleString('zh-CN')} 行`),
    );
    for (const name of newEnterprises) enterpriseIds.set(name, createEnterpriseByName(ctx, name));
    const insert = ctx.sqlite.prepare(
      `INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, id_number, sex, birth_date, phone, education,
         enterprise_id, job_title, work_start_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // An empty cell keeps what is stored (coalesce), so a thinner roster never erases data.
    const update = ctx.sqlite.prepare(
      `UPDATE trainees SET updated_at = ?, deleted_at = NULL, name = ?, name_pinyin = ?, name_initials = ?, phone = coalesce(?, phone),
         education = coalesce(?, education), enterprise_id = coalesce(?, enterprise_id), job_title = coalesce(?, job_title),
         work_start_date = coalesce(?, work_start_date) WHERE id = ?`,
    );
    let created = 0;
    let updated = 0;
    const touched: string[] = [];
    const pinyinOf = new Map<string, ReturnType<typeof pinyinKeys>>();
    withDigitIndexDeferred(ctx.sqlite, () => {
      for (const [index, row] of rows.entries()) {
        ctx.job.checkCancelled();
        ctx.job.progress(
          input.rows.length + index,
          total,
          `正在写入第 ${(index + 1).toLocaleString('zh-CN')} 行，共 ${rows.length.toLocaleString('zh-CN')} 行`,
        );
        if (row.values === null || row.status === 'same') continue;
        const v = row.values;
        // Names repeat across a roster; pinyin-pro costs ~18 µs a name.
        const keys = pinyinOf.get(v.name) ?? pinyinKeys(v.name);
        pinyinOf.set(v.name, keys);
        const enterpriseId = v.enterpriseName === null ? null : enterpriseIds.get(v.enterpriseName)!;
        if (row.existingId) {
          update.run(
            ctx.now,
            v.name,
            keys.full,
            keys.initials,
            v.phone,
            v.education,
            enterpriseId,
            v.jobTitle,
            v.workStartDate,
            row.existingId,
          );
          touched.push(row.existingId);
          updated++;
        } else {
          const id = ctx.newId();
          insert.run(
            id,
            ctx.now,
            ctx.now,
            v.name,
            keys.full,
            keys.initials,
            v.idNumber,
            v.sex,
            v.birthDate,
            v.phone ?? '',
            v.education ?? '',
            enterpriseId,
            v.jobTitle ?? '',
            v.workStartDate,
          );
          touched.push(id);
          created++;
        }
      }
    });
    const skipped = rows.length - created - updated;
    const enterprisesNote = newEnterprises.length ? `，新建企业 ${newEnterprises.length} 家` : '';
    ctx.audit({
      recordIds: touched.length <= 1000 ? touched : [],
      summary: `导入学员：新增 ${created} 人，更新 ${updated} 人，未导入 ${skipped} 行${enterprisesNote}`,
    });
    return { created, updated, skipped, enterprisesCreated: newEnterprises.length };
  },

  'trainees.importErrorsWorkbook': async (input, ctx) => {
    const { rows } = checkImportRows(ctx, input);
    const errorRows = new Map(rows.filter((row) => row.status === 'error').map((row) => [row.rowNumber, row]));
    const sheetRows = input.rows.filter((row) => errorRows.has(row.rowNumber));
    const bytes = await writeXlsx({
      sheetName: '错误行',
      columns: [
        { header: '原行号', width: 8, value: (row: (typeof sheetRows)[number]) => row.rowNumber },
        ...input.headers.map((header, index) => ({
          header,
          width: 16,
          text: true,
          value: (row: (typeof sheetRows)[number]) => row.cells[index] ?? '',
        })),
        {
          header: '错误原因',
          width: 60,
          value: (row: (typeof sheetRows)[number]) =>
            errorRows
              .get(row.rowNumber)!
              .errors.map((error) => `${error.column}：${error.message}`)
              .join('；'),
        },
      ],
      rows: sheetRows,
    });
    // The rows are the user's own file, whole IDs included: the download is logged like an export.
    ctx.audit({ recordIds: [], summary: `下载导入错误行 ${sheetRows.length} 行（含文件中的完整身份证号）` });
    return { fileName: '导入错误行.xlsx', base64: bytes.toString('base64'), rows: sheetRows.length };
  },
} satisfies Pick<AreaHandlers<'trainees'>, ImportChannels>;
