import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode, switchToChecker } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

// Valid GB 11643 numbers (check character included).
const people = [
  { name: '陈建国', id: '350582198503120011', theory: '85', practical: '90', result: '合格' },
  { name: '林晓燕', id: '350503199207150020', theory: '缺考', practical: 'qk', result: '缺考' },
  { name: '黄志强', id: '350521198801010037', theory: '59', practical: '80', result: '不合格' },
  { name: '吴美玲', id: '350583199506200042', theory: '72', practical: '60.5', result: '合格' },
];

/** The sign-up sheet as an enterprise sends it: a title row above the header, IDs as text. */
async function signUpSheet(path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026年第3期电工培训报名表']);
  sheet.addRow(['序号', '姓名', '身份证号码', '联系电话', '文化程度', '工作单位', '参加工作时间']);
  people.forEach((p, i) =>
    sheet.addRow([i + 1, p.name, p.id, `1385950${1000 + i}`, '高中', '泉州市恒安机电有限公司', '2015-03-01']),
  );
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** Toasts pile up over the page header; the screenshots should show the page. */
async function shoot(page: Page, name: string) {
  for (const close of await page.locator('.mantine-Notification-closeButton').all())
    await close.click().catch(() => undefined);
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 3000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Publishing and closing cannot be undone: each asks first, says what it fixes, and 取消 changes nothing. */
const confirmedMoves: Record<string, { title: RegExp; button: RegExp; says: string }> = {
  已鉴定: { title: /^公布“.+”的鉴定结果？$/, button: /^公布 4 人的结果$/, says: '实考 3 人，合格 2 人' },
  已结业: { title: /^“.+”结业？$/, button: /^结业$/, says: '不能退回“已鉴定”' },
};

async function moveTo(page: Page, label: string, shot: string) {
  const from = await page.getByTestId('cohort-stage').textContent();
  await page.getByRole('button', { name: `转到“${label}”` }).click();
  const asked = confirmedMoves[label];
  if (asked) {
    const dialog = page.getByRole('dialog', { name: asked.title });
    await dialog.getByText('此操作不能撤销').waitFor();
    await dialog.getByText(asked.says, { exact: false }).waitFor();
    await page.screenshot({ path: join(artifactsDir, `confirm-${shot}.png`) });
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('cohort-stage').textContent()).toBe(from);
    await page.getByRole('button', { name: `转到“${label}”` }).click();
    await page.getByRole('dialog', { name: asked.title }).getByRole('button', { name: asked.button }).click();
  }
  await expect.poll(() => page.getByTestId('cohort-stage').textContent()).toBe(label);
  await shoot(page, `cohort-stage-${shot}`);
}

async function download(page: Page, button: string, path: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await file.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets[0]!;
}

it('runs a cohort from 筹备 to 已鉴定 and exports both rosters exactly', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  app = await launchBrowserMode();
  const { page } = app;
  const sheetPath = join(app.folder, '报名表.xlsx');
  await signUpSheet(sheetPath);

  await goTo(page, '设置');
  await page.getByLabel('基地名称').fill('泉州市机械行业产业工人技能实训基地');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('基地信息已更新').waitFor();

  await goTo(page, '培训班');
  await page.getByRole('button', { name: '新建培训班' }).click();
  await page.getByRole('textbox', { name: '工种', exact: true }).fill('电工');
  await page.getByRole('option', { name: '电工 6-31-01-03' }).click();
  await page.getByRole('textbox', { name: '申报等级', exact: true }).click();
  await page.getByRole('option', { name: '五级/初级工' }).click();
  await page.getByLabel('期次').fill('2026年第3期');
  await page.getByLabel('班级名称').fill('2026年第3期 电工 五级');
  await page.getByLabel('开班日期').fill('2026-03-02');
  await page.getByLabel('规定课时').fill('8');
  await page.getByLabel('容量（人）').fill('30');
  await page.getByRole('button', { name: '添加讲师/师傅' }).click();
  await page.getByRole('textbox', { name: '第 1 位的姓名' }).fill('王振华');
  await page.getByLabel('第 1 位的称号').fill('工匠');
  await page.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => page.getByTestId('cohort-stage').textContent()).toBe('筹备');
  await shoot(page, 'cohort-stage-planning');

  await moveTo(page, '报名', 'enrolling');
  await page.locator('input[type=file]').setInputFiles(sheetPath);
  await page.getByText('报名表：4 行，其中新学员 4 人').waitFor();
  await page.getByRole('button', { name: '确认导入并报名' }).click();
  await page.getByText('报名 4 人').waitFor();
  await page.getByRole('cell', { name: '吴美玲' }).waitFor();
  await shoot(page, 'cohort-stage-enrolling-imported');

  await moveTo(page, '培训中', 'training');
  await page.getByRole('tab', { name: '考勤' }).click();
  await page.getByLabel('日期').fill('2026-03-02');
  await page.getByLabel('课时').fill('8');
  await page.getByRole('button', { name: '新增课次（全员出勤）' }).click();
  await page.getByLabel('吴美玲 2026-03-02 缺勤').waitFor();
  await page.getByLabel('日期').fill('2026-03-03');
  await page.getByLabel('课时').fill('4');
  await page.getByRole('button', { name: '新增课次（全员出勤）' }).click();
  await page.getByLabel('黄志强 2026-03-03 缺勤').click();
  await expect.poll(() => page.getByLabel('黄志强 2026-03-03 缺勤').isChecked()).toBe(true);
  await shoot(page, 'cohort-attendance');

  await moveTo(page, '待鉴定', 'awaiting');
  await page.getByRole('tab', { name: '成绩' }).click();
  // The theory column typed as a clerk does, down the column with Enter; the practical column
  // pasted as copied from an Excel column (one value a line, CRLF).
  await page.getByLabel('陈建国 理论').click();
  for (const p of people) {
    await page.keyboard.type(p.theory);
    await page.keyboard.press('Enter');
  }
  await page.getByLabel('陈建国 实操').evaluate(
    (input, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    people.map((p) => p.practical).join('\r\n') + '\r\n',
  );
  await expect.poll(() => page.getByLabel('吴美玲 实操').inputValue()).toBe('60.5');
  await shoot(page, 'cohort-score-grid-typed');
  await page.getByRole('button', { name: '保存成绩（8）' }).click();
  await page.getByText('已保存 8 项成绩').waitFor();
  // Marks are confirmed by someone other than who typed them (maker-checker).
  await switchToChecker(app);
  await page.getByRole('tab', { name: '成绩' }).click();
  await page.getByRole('button', { name: '复核确认' }).click();
  await page.getByText('已复核确认 8 项').waitFor();
  await expect.poll(() => page.getByTestId('score-grid').getByText('不合格').count()).toBe(1);
  await shoot(page, 'cohort-score-grid');

  await moveTo(page, '已鉴定', 'appraised');
  await page.getByRole('tab', { name: '花名册' }).click();
  await page.getByLabel('制表人').fill('李秀英');
  await page.locator('label').filter({ hasText: '报名花名册' }).click();
  const signup = await download(page, '导出 Excel', join(artifactsDir, 'cohort-roster-signup.xlsx'));
  await page.locator('label').filter({ hasText: '成绩花名册' }).click();
  const results = await download(page, '导出 Excel', join(artifactsDir, 'cohort-roster-results.xlsx'));

  for (const sheet of [signup, results]) {
    const title = String(sheet.getCell('A1').value);
    for (const part of [
      '泉州市机械行业产业工人技能实训基地',
      '2026年第3期 电工 五级',
      '电工',
      '6-31-01-03',
      '五级/初级工',
    ])
      expect(title).toContain(part);
  }
  const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(2).values as unknown[]).slice(1);
  expect(header(signup)).toEqual([
    '序号',
    '姓名',
    '性别',
    '身份证号',
    '出生年月',
    '文化程度',
    '工作单位',
    '职业(工种)',
    '职业编码',
    '申报等级',
    '原证书等级与编号',
    '从事本职业年限',
    '联系电话',
    '备注',
  ]);
  expect(header(results)).toEqual([
    '序号',
    '姓名',
    '性别',
    '身份证号',
    '出生年月',
    '文化程度',
    '工作单位',
    '职业(工种)',
    '职业编码',
    '申报等级',
    '原证书等级与编号',
    '从事本职业年限',
    '联系电话',
    '理论成绩',
    '实操成绩',
    '综合评审',
    '结果',
    '证书编号',
    '备注',
  ]);
  people.forEach((p, i) => {
    for (const sheet of [signup, results]) {
      const id = sheet.getCell(3 + i, 4);
      expect(id.value).toBe(p.id);
      expect(id.numFmt).toBe('@');
      expect(sheet.getCell(3 + i, 2).value).toBe(p.name);
    }
    const mark = (text: string) => (text === 'qk' || text === '缺考' ? '缺考' : Number(text));
    expect(results.getCell(3 + i, 14).value).toBe(mark(p.theory));
    expect(results.getCell(3 + i, 15).value).toBe(mark(p.practical));
    expect(results.getCell(3 + i, 17).value).toBe(p.result);
  });
  expect(signup.getCell(8, 1).value).toBe('报名人数：4\u3000实考人数：0\u3000合格人数：0\u3000合格率：—');
  expect(results.getCell(8, 1).value).toBe('报名人数：4\u3000实考人数：3\u3000合格人数：2\u3000合格率：66.7%');
  expect(String(results.getCell(9, 1).value)).toMatch(/^制表人：李秀英\u3000制表日期：\d{4}-\d{2}-\d{2}$/);

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 PDF（打印）' }).click(),
  ]);
  await pdf.saveAs(join(artifactsDir, 'cohort-roster-results.pdf'));
  expect(readFileSync(join(artifactsDir, 'cohort-roster-results.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  // The printable roster carries the same people, IDs and counts as the workbook.
  const pdfText = execFileSync('pdftotext', ['-layout', join(artifactsDir, 'cohort-roster-results.pdf'), '-'], {
    encoding: 'utf8',
  });
  for (const p of people) for (const value of [p.name, p.id, p.result]) expect(pdfText).toContain(value);
  expect(pdfText.replace(/\s+/g, '')).toContain('报名人数：4实考人数：3合格人数：2合格率：66.7%');

  await page.getByRole('tab', { name: '成绩' }).click();
  await moveTo(page, '已结业', 'closed');
  await page.getByRole('link', { name: '← 全部培训班' }).click();
  await page.getByRole('cell', { name: '2026年第3期 电工 五级' }).waitFor();
  await shoot(page, 'cohort-list-overview');
}, 120_000);
