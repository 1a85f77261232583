import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../electron/core/create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../electron/core/db/repo-migrations';
import { seedAppraisedCohort } from '../electron/core/testing/certificate-fixtures';
import {
  artifactsDir,
  type BrowserModeApp,
  goTo,
  launchBrowserMode,
  launchChromium,
  switchToChecker,
} from './support/browser-mode';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

let app: BrowserModeApp;
afterEach(async () => app?.close());

/** A transparent red seal and a grey ID photo, drawn by Chromium so the test ships no binaries. */
async function drawImages(): Promise<{ seal: Buffer; photo: Buffer }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 300, height: 420 } });
  await page.setContent(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="140" fill="none" stroke="#d00" stroke-width="10"/>
    <text x="150" y="165" font-size="120" text-anchor="middle" fill="#d00">★</text></svg>`);
  const seal = await page.locator('svg').screenshot({ omitBackground: true });
  await page.setContent(
    `<div style="width:300px;height:420px;background:#dfe6ee;display:flex;align-items:end;justify-content:center"><div style="width:200px;height:260px;border-radius:100px 100px 0 0;background:#5b6b7c"></div></div>`,
  );
  const photo = await page.locator('div').first().screenshot();
  await browser.close();
  return { seal, photo };
}

async function pick(page: Page, label: string, option: RegExp) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

it('issues certificates for a passed cohort, exports one PDF whose text carries every name, number and code, voids one, reprints, and verifies', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-cert-e2e-'));
  const databasePath = join(folder, 'certificates.db');
  const core = createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'e2e',
  });
  await core.dispatch('settings.updateBaseProfile', {
    name: '泉州市机械行业产业工人技能实训基地',
    orgCode: '',
    address: '',
    certificateIssuer: '泉州市总工会',
    contactPhone: '',
  });
  core.close();
  // The cohort (12 passed, 2 failed, results published) is written straight into the tables the cohort screens own.
  const cohort = seedAppraisedCohort(databasePath, { passed: 12, failed: 2 });
  const images = await drawImages();
  const db = new Database(databasePath);
  for (const traineeId of cohort.traineeIds) {
    db.prepare(
      "INSERT INTO trainee_photos (trainee_id, mime_type, bytes, updated_at) VALUES (?, 'image/png', ?, '2026-05-01T00:00:00Z')",
    ).run(traineeId, images.photo);
  }
  db.close();
  const sealPath = join(folder, 'seal.png');
  execFileSync('sh', ['-c', 'cat > "$0"', sealPath], { input: images.seal });

  app = await launchBrowserMode({ databasePath });
  const { page } = app;
  await goTo(page, '证书');

  // Numbering and seal.
  await page.getByRole('tab', { name: '编号与印章' }).click();
  await page.getByRole('textbox', { name: '基地代码' }).fill('qzjx');
  await page.getByRole('button', { name: '选择印章图片' }).click();
  await page.locator('input[type=file]').setInputFiles(sealPath);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('证书设置已保存').waitFor();

  // Issue for the whole cohort.
  await page.getByRole('tab', { name: '签发与打印' }).click();
  await pick(page, '培训班（已鉴定）', /培训班 c1/);
  await pick(page, '证书模板', /培训结业证书（A4/);
  await page.getByLabel('发证日期').fill('2026-05-20');
  await page.getByRole('button', { name: '为全班未发证的 12 人签发' }).click();
  // Numbers once taken are never released: the batch asks first and says so.
  const asked = page.getByRole('dialog', { name: '签发培训结业证书 12 份？' });
  await asked.getByText('编号一经签发不再释放', { exact: false }).waitFor();
  await page.screenshot({ path: join(artifactsDir, 'confirm-certificate-issue.png') });
  await asked.getByRole('button', { name: '签发 12 份' }).click();
  await page.getByText('已签发 12 份：QZJX2026000001 至 QZJX2026000012').waitFor();

  const table = page.getByRole('table', { name: '已签发证书' });
  await table.getByText('QZJX2026000012').waitFor();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  expect(rows).toHaveLength(12);
  await page.screenshot({ path: join(artifactsDir, 'certificates-issued.png'), fullPage: true });

  // One multi-page PDF, downloaded as a person would.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF（12 份）' }).click();
  const pdfPath = join(artifactsDir, 'certificates-cohort.pdf');
  await (await download).saveAs(pdfPath);
  await page.getByText(/已输出 12 页：首次 12 份/).waitFor();

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  rows.forEach(([number, name, , , , code], index) => {
    expect(pages[index], `page ${index + 1}`).toContain(name);
    expect(pages[index]).toContain(number);
    expect(pages[index]).toContain(code);
  });
  expect(cohort.names.slice(0, 12).every((name) => text.includes(name))).toBe(true);
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    '110',
    '-png',
    '-singlefile',
    pdfPath,
    join(artifactsDir, 'certificate-plain-paper'),
  ]);

  // One certificate spoiled in the printer: reprinted alone, same number, with the reason.
  const first = table.locator('tbody tr').filter({ hasText: rows[0]![0]! });
  await first.getByRole('button', { name: '补打' }).click();
  await page.getByRole('textbox', { name: '原因' }).fill('打印机卡纸');
  const single = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: '补打' }).click();
  expect((await single).suggestedFilename()).toBe(`证书-${rows[0]![0]}.pdf`);
  await page.getByText('已输出 1 页：首次 0 份，补打 1 份').waitFor();
  await first.getByText('2 次').waitFor();

  // Void the last one with its reason; the next output is one page shorter and counts as reprints.
  // Voiding is checked by someone other than who issued it (maker-checker).
  await switchToChecker(app);
  await page.getByRole('tab', { name: '签发与打印' }).click();
  await pick(page, '培训班（已鉴定）', /培训班 c1/);
  const last = table.locator('tbody tr').filter({ hasText: rows[11]![0]! });
  await last.getByRole('button', { name: '作废' }).click();
  await page.getByRole('textbox', { name: '原因' }).fill('姓名录入错误，待核实');
  await page.getByRole('dialog').getByRole('button', { name: '作废' }).click();
  await page.getByText('证书已作废').waitFor();
  await last.getByText('已作废').waitFor();
  await last.getByRole('button', { name: '记录' }).click();
  const drawer = page.getByRole('dialog', { name: `${rows[11]![1]} 的证书记录` });
  await drawer.getByText('原因：姓名录入错误，待核实').waitFor();
  await expect.poll(() => drawer.textContent()).toMatch(/签发[\s\S]*输出\/打印[\s\S]*PDF 文件[\s\S]*作废/);
  await page.keyboard.press('Escape');
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF（11 份）' }).click();
  await (await again).saveAs(join(artifactsDir, 'certificates-cohort-reprint.pdf'));
  await page.getByText('已输出 11 页：首次 0 份，补打 11 份').waitFor();

  // The verify screen recognises the first certificate and rejects a wrong code.
  const [number, , , , , code] = rows[0]!;
  await page.getByRole('tab', { name: '核验' }).click();
  await page.getByRole('textbox', { name: '证书编号' }).fill(number!);
  await page.getByRole('textbox', { name: '校验码' }).fill(code!.toLowerCase());
  await page.getByRole('button', { name: '核验' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('真实有效');
  await expect.poll(() => page.getByRole('status').textContent()).toContain(rows[0]![1]);
  await page.getByRole('textbox', { name: '校验码' }).fill('AAAA-AAAA');
  await page.getByRole('button', { name: '核验' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('内容不符');
});

it('moves a field in the designer by dragging and by typing, saves it, and prints the calibration sheet', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await goTo(page, '证书');
  await page.getByRole('tab', { name: '模板设计' }).click();
  await pick(page, '模板', /培训结业证书（A4/);
  await page.getByRole('img', { name: '模板预览（真实比例）' }).waitFor();

  const qr = page.getByTestId('field-qr');
  const box = (await qr.boundingBox())!;
  // 70 % zoom: 10 mm is 10 × 96 / 25.4 × 0.7 ≈ 26.5 px.
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 5 + 26.46, box.y + 5 - 26.46, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.getByRole('textbox', { name: 'X（左）' }).inputValue()).toBe('42 mm');
  await expect.poll(() => page.getByRole('textbox', { name: 'Y（上）' }).inputValue()).toBe('162 mm');
  await page.getByRole('textbox', { name: 'X（左）' }).fill('40.25');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText(/模板“培训结业证书（A4 横向，整张打印）”已保存/).waitFor();
  await page.getByTestId('field-qr').click();
  // The preview is redrawn shortly after the last change (debounced); give it time before the picture.
  await page.waitForTimeout(2500);
  await page.screenshot({ path: join(artifactsDir, 'certificates-designer.png'), fullPage: true });

  await page.reload();
  await page.getByRole('tab', { name: '模板设计' }).click();
  await pick(page, '模板', /培训结业证书（A4/);
  await page.getByTestId('field-qr').click();
  await expect.poll(() => page.getByRole('textbox', { name: 'X（左）' }).inputValue()).toBe('40.25 mm');

  await page.getByRole('tab', { name: '打印校准' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'A4 横向校准页' }).click();
  const sheetPath = join(artifactsDir, 'calibration-sheet.pdf');
  await (await download).saveAs(sheetPath);
  expect(execFileSync('pdftotext', [sheetPath, '-'], { encoding: 'utf8' })).toContain('打印机校准页');
  execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', sheetPath, join(artifactsDir, 'calibration-sheet')]);

  await page.getByLabel('打印机名称').fill('Epson LQ-630K');
  await page.getByRole('textbox', { name: 'X 偏移' }).fill('1.5');
  await page.getByRole('button', { name: '保存校准' }).click();
  await page.getByRole('table', { name: '已保存的打印机校准' }).getByText('X 1.5 mm').waitFor();
});

it('imports the agency’s official numbers after a preview that shows every problem row', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-cert-import-'));
  const databasePath = join(folder, 'import.db');
  createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'e2e',
  }).close();
  const cohort = seedAppraisedCohort(databasePath, { passed: 3, failed: 1 });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('发证名册');
  sheet.addRow(['姓名', '证件号码', '证书编号', '发证日期']);
  sheet.addRow([cohort.names[0], cohort.idNumbers[0], 'S2026350500101', '2026-06-18']);
  sheet.addRow([cohort.names[1], cohort.idNumbers[1], 'S2026350500102', '2026-06-18']);
  sheet.addRow([cohort.names[3], cohort.idNumbers[3], 'S2026350500103', '2026-06-18']);
  sheet.addRow(['查无此人', '110101199003070011', 'S2026350500104', '2026-06-18']);
  const workbookPath = join(folder, '鉴定机构发证名册.xlsx');
  await book.xlsx.writeFile(workbookPath);

  app = await launchBrowserMode({ databasePath });
  const { page } = app;
  await goTo(page, '证书');
  await page.getByRole('tab', { name: '导入官方编号' }).click();
  await pick(page, '培训班', /培训班 c1/);
  await pick(page, '职业技能等级证书模板', /套打/);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择鉴定机构表格' }).click();
  await (await chooser).setFiles(workbookPath);
  const preview = page.getByRole('table', { name: '导入预检' });
  await preview.getByText('证件号码在本培训班找不到（未匹配）').waitFor();
  await preview.getByText(`${cohort.names[3]} 的鉴定结果不是合格，不能发证`).waitFor();
  await page.screenshot({ path: join(artifactsDir, 'certificates-import-preview.png'), fullPage: true });
  await page.getByRole('button', { name: '导入 2 条' }).click();
  await page.getByText('已导入 2 个官方证书编号').waitFor();

  await page.getByRole('tab', { name: '签发与打印' }).click();
  await pick(page, '培训班（已鉴定）', /培训班 c1/);
  await pick(page, '证书模板', /套打/);
  const table = page.getByRole('table', { name: '已签发证书' });
  await table.getByText('S2026350500101').waitFor();
  await table.getByText('S2026350500102').waitFor();
});
