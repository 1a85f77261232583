import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';
import { awaitingCohort } from './support/cohort-setup';

let app: BrowserModeApp;
afterEach(async () => app?.close());

// The resit mark is asked for in a dialog of the page's own: Electron does not implement
// window.prompt, so a prompt would record nothing in the desktop app.
it('records a resit mark typed into the page’s own dialog, keeping the first sitting in the history', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const { cohort, enrollmentIds: ids } = await awaitingCohort(app, '2026年第5期 电工 五级');
  await app.invoke('cohorts.saveMarks', {
    cohortId: cohort.id,
    entries: [
      { enrollmentId: ids['黄志强']!, part: 'theory', text: '52' },
      { enrollmentId: ids['黄志强']!, part: 'practical', text: '80' },
      { enrollmentId: ids['吴美玲']!, part: 'theory', text: '85' },
      { enrollmentId: ids['吴美玲']!, part: 'practical', text: '90' },
    ],
  });

  await goTo(page, '培训班');
  await page.getByRole('cell', { name: '2026年第5期 电工 五级', exact: true }).click();
  await page.getByRole('tab', { name: '成绩' }).click();
  await page
    .getByRole('row', { name: /黄志强/ })
    .getByRole('button', { name: '补考' })
    .click();
  const dialog = page.getByRole('dialog', { name: '黄志强 补考' });
  await dialog.getByRole('textbox', { name: '理论补考成绩' }).fill('71');
  await page.screenshot({ path: join(artifactsDir, 'cohort-resit-dialog.png') });
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.getByText('黄志强 理论补考成绩已录入').waitFor();

  const grid = await app.invoke('cohorts.scoreGrid', { cohortId: cohort.id });
  const row = grid.rows.find((r) => r.name === '黄志强')!;
  expect(row.marks.theory).toMatchObject({ text: '71', attempt: 2 });
  const history = await app.invoke('cohorts.markHistory', { enrollmentId: ids['黄志强']! });
  expect(history.filter((h) => h.part === 'theory').map((h) => h.text)).toEqual(expect.arrayContaining(['52', '71']));
});
