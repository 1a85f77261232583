import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { writeRosterXlsx } from './roster-xlsx';

it('keeps a base or cohort name that starts with = as text in the roster title A1', async () => {
  const bytes = await writeRosterXlsx({
    fileStem: '花名册',
    title: '=HYPERLINK("http://x","点此")泉州基地 焊工班 鉴定花名册',
    columns: [
      { key: 'seq', label: '序号' },
      { key: 'name', label: '姓名' },
    ],
    rows: [{ seq: 1, name: '张三' } as never],
    footer: { enrolled: 1, sat: 1, passed: 1, passRate: '100%', preparer: '李四', date: '2026-12-02' },
    traineeIds: ['t1'],
    idNumbers: [''],
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const a1 = book.worksheets[0]!.getCell('A1');
  expect(a1.type).toBe(ExcelJS.ValueType.String);
  expect(a1.value).toBe(`'=HYPERLINK("http://x","点此")泉州基地 焊工班 鉴定花名册`);
});
