import ExcelJS from 'exceljs';
import { validId } from './people';

/**
 * A roster as enterprises really send one, for tests: a title row above odd headers, an ID that
 * Excel turned into a number, a duplicate, a wrong check digit, mixed date formats and blank rows.
 * `fixed` is the same roster after a clerk corrected the three bad rows.
 */
export const messyPeople = {
  good: [
    { name: '张三', id: validId('19900102', 123), date: '2010-07-01' as string | number | Date },
    { name: '李小红', id: validId('19920315', 244).replace('X', 'x'), date: '2012/3/5' },
    { name: '王五', id: validId('19880808', 359), date: '2015.09.01' },
    { name: '陈六', id: validId('19950101', 466), date: new Date(Date.UTC(2016, 5, 1)) },
    { name: '林七', id: validId('19931120', 577), date: '20180301' },
    { name: '黄八', id: validId('19870606', 688), date: 40000 },
  ],
  numericId: { name: '吴九', id: validId('19900505', 791) },
  duplicateOf: 0,
  badCheck: { name: '郑十', id: validId('19910707', 812) },
  extraForDuplicate: { name: '周一', id: validId('19960909', 923) },
};

export async function messyRosterXlsx(options: { fixed?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026 年第一期电工培训报名表']);
  sheet.addRow([]);
  sheet.addRow(['序号', '姓 名', '身份证号码（必填）', '联系电话', '学历', '单位名称', '参加工作时间']);
  const add = (name: string, id: string | number, date: string | number | Date, enterprise = '晋江恒安鞋业有限公司') =>
    sheet.addRow([sheet.rowCount - 2, name, id, '13912345678', '高中', enterprise, date]);
  const { good, numericId, badCheck, extraForDuplicate } = messyPeople;
  add(good[0]!.name, good[0]!.id, good[0]!.date);
  add(good[1]!.name, good[1]!.id, good[1]!.date, '石狮新华服装厂');
  add(numericId.name, options.fixed ? numericId.id : Number(numericId.id), '2011-01-01');
  sheet.addRow([]);
  for (const person of good.slice(2)) add(person.name, person.id, person.date);
  if (options.fixed) add(extraForDuplicate.name, extraForDuplicate.id, '2019-01-01');
  else add(extraForDuplicate.name, good[0]!.id, '2019-01-01');
  const wrongCheck = badCheck.id.slice(0, 17) + (badCheck.id[17] === '1' ? '2' : '1');
  add(badCheck.name, options.fixed ? badCheck.id : wrongCheck, '2013-04-01');
  sheet.addRow(['', '', '', '', '', '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
