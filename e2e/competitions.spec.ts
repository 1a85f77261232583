import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

const idOf = (serial: number) => {
  const first17 = `35058219900101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
};
const nameOf = (serial: number) => `选手${String(serial).padStart(2, '0')}`;

/**
 * A city 一类 result sheet as a committee sends it: a title row, two header rows (成绩 over 理论 | 实操),
 * a 填报人 footer, 20 contestants of whom three are wrong: an ID number that cannot exist, a name
 * that is not the registered one, and a rank without a score.
 */
async function resultSheet(folder: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成绩');
  sheet.addRow(['2026年泉州市电工职业技能竞赛 成绩表']);
  sheet.addRow(['序号', '姓名', '身份证号', '工作单位', '组别', '成绩', '', '名次', '奖项']);
  sheet.addRow(['', '', '', '', '', '理论', '实操', '', '']);
  for (let i = 1; i <= 17; i++)
    sheet.addRow([i, nameOf(i), idOf(i), '泉州电力设备有限公司', '职工组', 100 - i, 95 - i, i, '']);
  sheet.addRow([18, '错号码', '350582199001019999', '泉州电力设备有限公司', '职工组', 80, 75, 18, '']);
  sheet.addRow([19, '林志民', idOf(30), '泉州电力设备有限公司', '职工组', 79, 74, 19, '']);
  sheet.addRow([20, '缺成绩', idOf(20), '泉州电力设备有限公司', '职工组', '', '', 20, '']);
  sheet.addRow(['填报人：张敏', '', '', '', '', '', '', '', '']);
  const path = join(folder, '竞赛成绩.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

it('a city competition from creation to a granted grade: import with a preview naming each bad row, publish, approve in a batch, then revoke one', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  // Five contestants are on record already (the rest arrive with the sheet); 林志明 is typed 林志民 there.
  for (const serial of [1, 2, 3, 4, 5, 30])
    await app.invoke('trainees.create', {
      name: serial === 30 ? '林志明' : nameOf(serial),
      idNumber: idOf(serial),
      phone: '',
      education: '',
      enterpriseId: null,
      jobTitle: '',
      workStartDate: '2010-01-01',
    });
  const path = await resultSheet(app.folder);

  await goTo(page, '技能竞赛');
  await page.getByText('还没有竞赛').waitFor();
  await page.getByRole('button', { name: '新建竞赛' }).click();
  const form = page.getByRole('dialog', { name: '新建竞赛' });
  await form.getByRole('textbox', { name: '竞赛名称' }).fill('泉州市电工职业技能竞赛');
  await form.getByRole('textbox', { name: '届次' }).fill('第五届');
  await form.getByRole('textbox', { name: '计划文号' }).fill('泉人社〔2026〕8号');
  await form.getByRole('textbox', { name: '工种' }).fill('电工');
  await page.getByRole('option', { name: /^电工 / }).click();
  await form.getByRole('textbox', { name: '结束日期' }).fill('2026-05-20');
  // The level's default rules are shown before anything is saved.
  await form.getByText('职工组 第 1–10 名 → 二级/技师，已持有的晋升高一级').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'competition-create.png') });
  await form.getByRole('button', { name: '创建' }).click();
  await page.getByRole('heading', { name: '泉州市电工职业技能竞赛 第五届' }).waitFor();

  await page.getByRole('button', { name: '导入名单与成绩' }).click();
  const wizard = page.getByRole('dialog', { name: /导入参赛名单与成绩/ });
  await wizard.locator('input[type=file]').setInputFiles(path);
  await wizard.getByText('共 20 行数据').waitFor();
  await wizard.getByRole('button', { name: '检查每一行' }).click();
  await expect.poll(() => wizard.getByTestId('entry-count-error').textContent()).toBe('有问题 3');
  const preview = wizard.getByRole('table', { name: '导入预览' });
  await preview.getByText(/身份证号：.*校验/).waitFor();
  await preview.getByText('姓名：与登记的“林志明”不一致，请核对身份证号').waitFor();
  await expect.poll(() => preview.getByRole('row', { name: /缺成绩/ }).textContent()).toMatch(/成绩|名次/);
  await page.screenshot({ path: join(artifactsDir, 'competition-import-preview.png') });
  await wizard.getByRole('button', { name: '导入没有问题的 17 行' }).click();
  await wizard.getByText('新增选手 17 人，更新 0 人，其中新登记学员 12 人；有问题未导入 3 行。').waitFor();
  await wizard.getByRole('button', { name: '完成' }).click();
  await page.getByRole('heading', { name: '参赛选手（17 人）' }).waitFor();

  await page.getByRole('button', { name: '发布结果' }).click();
  const publish = page.getByRole('dialog', { name: /发布竞赛结果/ });
  await publish.getByText('拟晋升 10 人（发布后为“待审核”，须另一人核准）').waitFor();
  await publish.getByText('市级一类竞赛第 11 名，不在晋升名次内').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'competition-publish.png') });
  await publish.getByRole('button', { name: '发布结果' }).click();
  await page.getByRole('alert').filter({ hasText: '拟晋升 10 人，已进入技能晋升的“待审核”' }).waitFor();
  await page.screenshot({ path: join(artifactsDir, 'competition-detail.png'), fullPage: true });

  // The proposals wait for a second person: the administrator who published them is refused.
  await page.getByRole('button', { name: '查看晋升记录' }).click();
  const ledger = page.getByRole('table', { name: '晋升台账' });
  await expect.poll(() => page.getByTestId('promotion-total').textContent()).toBe('共 10 条');
  await ledger
    .getByRole('row', { name: /选手04/ })
    .getByText('市级一类竞赛第 4 名 → 二级/技师')
    .waitFor();
  await ledger.getByRole('checkbox', { name: '全选' }).click();
  await page.getByText('已选 10 条').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'promotions-pending.png') });
  await page.getByRole('button', { name: '核准所选' }).click();
  await page.getByRole('dialog', { name: '核准 10 条晋升' }).getByRole('button', { name: '核准' }).click();
  await page.getByText(/核准晋升须由另一人完成：提交其中的晋升记录的是您本人/).waitFor();
  await page.getByRole('dialog', { name: '核准 10 条晋升' }).getByRole('button', { name: '取消' }).click();

  // A second person, a clerk holding the 审批技能晋升 duty, approves them.
  const created = await app.invoke('accounts.create', {
    login: 'shenhe',
    name: '审核员',
    role: 'clerk',
    duties: ['approvePromotions'],
  });
  const signedIn = await app.invokeAs(undefined, 'accounts.signIn', {
    login: 'shenhe',
    password: created.temporaryPassword,
  });
  if (!signedIn.ok || !signedIn.value.signedIn) throw new Error('the reviewer could not sign in');
  const reviewer = signedIn.value.token;
  const changed = await app.invokeAs(reviewer, 'accounts.changePassword', {
    currentPassword: created.temporaryPassword,
    newPassword: 'Jiangxun2027x',
  });
  expect(changed.ok || changed.error).toBe(true);
  const competitionId = (await app.invoke('competitions.list', {}))[0]!.id;
  const { ids } = await app.invoke('promotions.pendingIds', { filter: { competitionId } });
  const approved = await app.invokeAs(reviewer, 'promotions.approve', { ids });
  expect(approved).toEqual({ ok: true, value: { done: 10, refused: [] } });
  await expect.poll(() => page.getByTestId('promotion-total').textContent()).toBe('共 0 条');

  await page.locator('label', { hasText: /^已核准$/ }).click();
  await ledger
    .getByRole('row', { name: /选手01/ })
    .getByRole('link', { name: '选手01' })
    .click();
  const history = page.getByRole('table', { name: '晋升记录' });
  await history.getByText('已核准').waitFor();
  await history.getByText(/泉州市电工职业技能竞赛 第 1 名/).waitFor();
  // The new grade is the one the eligibility engine reads: the next line asks about 一级.
  await page
    .getByText(/一级\/高级技师/)
    .first()
    .waitFor();
  await page.screenshot({ path: join(artifactsDir, 'trainee-promoted.png'), fullPage: true });

  // Revoking: the grade leaves the history; the record stays, struck out with its reason.
  await goTo(page, '技能晋升');
  await page.locator('label', { hasText: /^已核准$/ }).click();
  await ledger
    .getByRole('row', { name: /选手01/ })
    .getByRole('button', { name: '撤销' })
    .click();
  const revoke = page.getByRole('dialog', { name: /撤销晋升：选手01/ });
  await expect.poll(() => revoke.getByRole('button', { name: '撤销晋升' }).isDisabled()).toBe(true);
  await revoke.getByRole('textbox', { name: /撤销原因/ }).fill('成绩复核有误');
  await revoke.getByRole('button', { name: '撤销晋升' }).click();
  await page.getByText('已撤销选手01的晋升，等级记录随之撤回').waitFor();
  await expect.poll(() => page.getByTestId('promotion-total').textContent()).toBe('共 9 条');
  const first = (await app.invoke('trainees.findByIdNumber', { idNumber: idOf(1) }))!;
  const view = await app.invoke('eligibility.forTrainee', { traineeId: first.id });
  expect(view.history).toEqual([]);
  const record = (await app.invoke('promotions.ofTrainee', { traineeId: first.id })).promotions[0]!;
  expect(record).toMatchObject({ revokedReason: '成绩复核有误', decidedByName: '审核员' });
});
