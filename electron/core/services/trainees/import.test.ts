import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { call, createTestCore, testFile, type TestCore } from '../../testing';
import { messyPeople, messyRosterXlsx } from '../../testing/messy-roster';
import { validId } from '../../testing/people';

let core: TestCore;
beforeEach(() => {
  core = createTestCore();
});
afterEach(() => core.dispose());

async function read(bytes: Buffer) {
  const sheet = await call(core, 'trainees.readImportFile', {}, undefined, {
    inputFile: testFile(core, '报名表.xlsx', bytes),
  });
  return { headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
}

it('previews a messy roster row by row, imports only the valid rows, and re-import never duplicates', async () => {
  const input = await read(await messyRosterXlsx());
  expect(input.mapping).toMatchObject({
    name: 1,
    idNumber: 2,
    phone: 3,
    education: 4,
    enterpriseName: 5,
    workStartDate: 6,
  });

  const preview = await call(core, 'trainees.previewImport', input);
  expect(preview.counts).toEqual({ new: 6, update: 0, same: 0, error: 3 });
  // Rows with no cells at all never reach the reader; the one with empty strings is counted.
  expect(preview.blankRows).toBe(1);
  expect(preview.newEnterprises.sort()).toEqual(['晋江恒安鞋业有限公司', '石狮新华服装厂']);
  const errors = preview.rows
    .filter((r) => r.status === 'error')
    .map((r) => [r.rowNumber, r.errors[0]!.column, r.errors[0]!.message]);
  expect(errors).toEqual([
    [6, '身份证号码（必填）', expect.stringContaining('被 Excel 存成了数字')],
    [12, '身份证号码（必填）', '与第 4 行的身份证号重复'],
    [13, '身份证号码（必填）', expect.stringContaining('校验码不符')],
  ]);
  // The clerk sees which number is wrong: as Excel showed it, or masked like any ID.
  const shownIds = preview.rows.filter((r) => r.status === 'error').map((r) => r.idMasked);
  expect(shownIds[0]).toMatch(/E\+17$/);
  expect(shownIds.slice(1).every((shown) => /^\d{6}\*{8}\d{3}[\dX]$/.test(shown))).toBe(true);

  const result = await call(core, 'trainees.commitImport', input);
  expect(result).toEqual({ created: 6, updated: 0, skipped: 3, enterprisesCreated: 2 });
  const list = await call(core, 'trainees.list', {});
  expect(list.rows).toHaveLength(6);
  const detail = await call(core, 'trainees.get', { id: list.rows.find((r) => r.name === '黄八')!.id });
  expect(detail.workStartDate).toBe('2009-07-06');
  const dates = await Promise.all(list.rows.map((r) => call(core, 'trainees.get', { id: r.id })));
  expect(dates.map((d) => [d.name, d.workStartDate]).sort()).toEqual(
    [
      ['张三', '2010-07-01'],
      ['李小红', '2012-03-05'],
      ['王五', '2015-09-01'],
      ['陈六', '2016-06-01'],
      ['林七', '2018-03-01'],
      ['黄八', '2009-07-06'],
    ].sort(),
  );

  // The bulk path indexes digits itself and puts the insert trigger back.
  const byDigits = async (digits: string) =>
    (await call(core, 'trainees.list', { filter: { search: digits } })).rows.map((r) => r.name);
  expect(await byDigits(messyPeople.good[0]!.id.slice(-8))).toEqual(['张三']);
  const later = validId('19800101', 11);
  await call(core, 'trainees.create', {
    name: '后来者',
    idNumber: later,
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  expect(await byDigits(later.slice(-8))).toEqual(['后来者']);
  await call(core, 'trainees.delete', {
    id: (await call(core, 'trainees.list', { filter: { search: '后来者' } })).rows[0]!.id,
  });

  const errorBook = await call(core, 'trainees.importErrorsWorkbook', input);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(errorBook.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(4);
  expect(sheet.getRow(1).values).toContain('错误原因');
  expect(String(sheet.getRow(2).getCell(9).value)).toContain('被 Excel 存成了数字');
  expect((await call(core, 'system.listAudit', { limit: 1 })).entries[0]!.summary).toBe(
    '下载导入错误行 3 行（含文件中的完整身份证号）',
  );

  const fixed = await read(await messyRosterXlsx({ fixed: true }));
  const second = await call(core, 'trainees.previewImport', fixed);
  expect(second.counts).toEqual({ new: 3, update: 0, same: 6, error: 0 });
  await call(core, 'trainees.commitImport', fixed);
  const all = await call(core, 'trainees.list', {});
  expect((await call(core, 'trainees.count', {})).total).toBe(9);
  expect(all.rows.map((r) => r.name).sort()).toEqual(
    [...messyPeople.good.map((p) => p.name), '吴九', '郑十', '周一'].sort(),
  );
  await call(core, 'trainees.commitImport', fixed);
  expect((await call(core, 'trainees.count', {})).total).toBe(9);
});

it('reports changed fields of an existing person and keeps stored values for empty cells', async () => {
  const input = await read(await messyRosterXlsx({ fixed: true }));
  await call(core, 'trainees.commitImport', input);
  const phoneColumn = input.mapping.phone!;
  const changed = {
    ...input,
    rows: input.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, i) =>
        i === phoneColumn && row.rowNumber === 4 ? '13800000000' : i === 4 ? '' : cell,
      ),
    })),
  };
  const preview = await call(core, 'trainees.previewImport', changed);
  expect(preview.rows.find((r) => r.rowNumber === 4)).toMatchObject({ status: 'update', changes: ['手机号'] });
  expect(preview.counts.update).toBe(1);
});

it('reads a GBK csv with a title row', async () => {
  const csv = `报名表\r\n姓名,身份证号,手机\r\n张三,${messyPeople.good[0]!.id},13912345678\r\n`;
  const gbk = Buffer.from(new TextEncoder().encode(csv));
  const sheet = await call(core, 'trainees.readImportFile', {}, undefined, { inputFile: testFile(core, 'a.csv', gbk) });
  expect(sheet.headerRowNumber).toBe(2);
  expect(sheet.rows[0]!.cells[0]).toBe('张三');
});

it('exports the filtered list with masked IDs by default, text-typed, and logs the choice', async () => {
  await call(core, 'trainees.commitImport', await read(await messyRosterXlsx({ fixed: true })));
  const maskedPath = join(core.folder, '学员名单.xlsx');
  const masked = await call(core, 'trainees.export', { filter: { search: 'zhangsan' }, fullIds: false }, undefined, {
    outputPath: maskedPath,
  });
  expect(masked).toEqual({ fileName: '学员名单.xlsx', rows: 1 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(maskedPath);
  const row = workbook.worksheets[0]!.getRow(2);
  expect(row.getCell(1).value).toBe('张三');
  expect(row.getCell(3).value).toBe(`350582********${messyPeople.good[0]!.id.slice(-4)}`);
  expect(row.getCell(3).numFmt).toBe('@');
  // The year only: the whole birth date is the ID's hidden middle.
  expect([workbook.worksheets[0]!.getRow(1).getCell(4).value, row.getCell(4).value]).toEqual([
    '出生年份',
    messyPeople.good[0]!.id.slice(6, 10),
  ]);
  const fullPath = join(core.folder, '学员名单-完整.xlsx');
  await call(core, 'trainees.export', { filter: { search: 'zhangsan' }, fullIds: true }, undefined, {
    outputPath: fullPath,
  });
  await workbook.xlsx.readFile(fullPath);
  expect(workbook.worksheets[0]!.getRow(2).getCell(3).value).toBe(messyPeople.good[0]!.id);
  const audit = await call(core, 'system.listAudit', { limit: 2 });
  expect(audit.entries.map((e) => e.summary)).toEqual([
    '导出学员名单 1 人（搜索“zhangsan”），身份证号完整显示',
    '导出学员名单 1 人（搜索“zhangsan”），身份证号已遮蔽',
  ]);
});
