import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedAppraisedCohort, type SeededCohort } from '../../testing/certificate-fixtures';

let core: TestCore;
let cohort: SeededCohort;
beforeEach(() => {
  core = createTestCore();
  cohort = seedAppraisedCohort(core.databasePath, { passed: 5, failed: 1 });
});
afterEach(() => core.dispose());

async function workbook(rows: (string | Date)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('证书');
  sheet.addRow(['2026 年职业技能等级认定证书发放名册']);
  sheet.addRow(['姓名', '证件号码', '证书编号', '发证日期']);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

it('previews the agency workbook with every check, then issues the clean rows with their official numbers', async () => {
  // An allocated certificate already holds one number the agency also lists.
  const [other] = await call(core, 'certificates.issue', {
    templateId: 'default-skill-preprinted',
    issueDate: '2026-05-20',
    enrollmentIds: [cohort.enrollmentIds[3]!],
  });
  const [name0, name1, name2, name3, name4, failedName] = cohort.names;
  const [id0, id1, id2, id3, id4, failedId] = cohort.idNumbers;
  const fileBase64 = await workbook([
    [name0!, id0!.toLowerCase(), 'S2026350500001', '2026-06-18'],
    [name1!, id1!, 'S2026350500002', new Date(Date.UTC(2026, 5, 18))],
    [`${name4}x`, id4!, 'S2026350500003', '2026-06-18'],
    [failedName!, failedId!, 'S2026350500004', '2026-06-18'],
    ['查无此人', '110101199003070011', 'S2026350500005', '2026-06-18'],
    [name3!, id3!, other!.number, '2026-06-18'],
    [name1!, id1!, 'S2026350500002', '2026-06-18'],
    [name2!, id2!, other!.number, '2026-06-18'],
  ]);
  const preview = await call(core, 'certificates.previewImport', {
    cohortId: cohort.cohortId,
    fileName: '发证名册.xlsx',
    fileBase64,
  });
  expect(preview.rows.map((r) => [r.row, r.problems])).toEqual([
    [3, []],
    [4, []],
    [5, [`姓名与学员登记的“${name4}”不一致`]],
    [6, [`${failedName} 的鉴定结果不是合格，不能发证`]],
    [7, ['证件号码在本培训班找不到（未匹配）']],
    [8, ['该学员已导入过这个编号']],
    [9, ['与第 4 行的证书编号重复', '与第 4 行是同一人']],
    [10, [`证书编号已被 ${name3} 的证书使用`, '与第 8 行的证书编号重复']],
  ]);
  expect(preview.rows[1]!.issueDate).toBe('2026-06-18');
  expect(preview.rows[0]!.maskedIdNumber).toMatch(/^350582\*+/);
  expect(preview).toMatchObject({ ready: 2, blocked: 6 });

  const entries = preview.rows
    .filter((r) => r.problems.length === 0)
    .map((r) => ({
      row: r.row,
      enrollmentId: r.enrollmentId!,
      certificateNo: r.certificateNo,
      issueDate: r.issueDate,
    }));
  const issued = await call(core, 'certificates.applyImport', {
    cohortId: cohort.cohortId,
    templateId: 'default-skill-preprinted',
    entries,
  });
  expect(issued.map((c) => [c.name, c.number, c.issuedOn, c.numberSource])).toEqual([
    [name0, 'S2026350500001', '2026-06-18', 'imported'],
    [name1, 'S2026350500002', '2026-06-18', 'imported'],
  ]);
  expect(
    (await call(core, 'certificates.verify', { number: 'S2026350500001', code: issued[0]!.verifyCode })).verdict,
  ).toBe('genuine');

  // Applying the same rows again runs every check again and writes nothing.
  const again = await core.dispatch('certificates.applyImport', {
    cohortId: cohort.cohortId,
    templateId: 'default-skill-preprinted',
    entries,
  });
  expect(!again.ok && again.error.message).toContain('第 3 行');
  expect(await call(core, 'certificates.list', { cohortId: cohort.cohortId })).toHaveLength(3);
});

it('exports a template to a file and imports it back under a new name; a forged file is refused with the reason', async () => {
  const file = await call(core, 'certificates.exportTemplate', { id: 'default-skill-preprinted' });
  expect(file.fileName).toBe('证书模板-职业技能等级证书（套打，仅可变内容）.json');
  const imported = await call(core, 'certificates.importTemplate', { text: file.text });
  expect(imported.name).toBe('职业技能等级证书（套打，仅可变内容）（2）');
  expect(imported.layout).toEqual(JSON.parse(file.text).layout);

  const withSeal = JSON.parse(file.text);
  withSeal.layout.fields.push({ id: 'seal', kind: 'seal', x: 10, y: 10, width: 40, height: 40 });
  const refused = await core.dispatch('certificates.importTemplate', { text: JSON.stringify(withSeal) });
  expect(!refused.ok && refused.error.message).toContain('套打');
  const notJson = await core.dispatch('certificates.importTemplate', { text: 'PK\u0003\u0004' });
  expect(!notJson.ok && notJson.error.message).toContain('不是有效的 JSON');
});
