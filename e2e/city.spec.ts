import { createReadStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { registerBase } from '../electron/city-hub/bases';
import { cityFigures } from '../electron/city-hub/figures';
import { cityKeys, migrateHub } from '../electron/city-hub/hub-schema';
import { importPackage } from '../electron/city-hub/import-package';
import { startTestCluster, type TestCluster } from '../electron/city-hub/test-cluster';
import { validId } from '../electron/core/testing/people';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp | undefined;
let cluster: TestCluster | undefined;
let hub: pg.Client | undefined;
afterEach(async () => {
  await app?.close();
  await hub?.end();
  cluster?.stop();
});

it('a clerk imports the city key, makes a package on 设置 → 市级汇总, and the hub shows the base dashboard figures', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  cluster = await startTestCluster();
  hub = new pg.Client(cluster.url);
  await hub.connect();
  await migrateHub(hub);
  const cityKey = (await cityKeys(hub)).publicKey;

  app = await launchBrowserMode();
  const { page } = app;
  await app.invoke('settings.updateBaseProfile', {
    name: '泉州市机械行业实训基地',
    orgCode: '91350500MA2YQ5XK3J',
    address: '',
    certificateIssuer: '',
    contactPhone: '',
  });
  for (const [i, name] of ['张三', '李娜', '王芳'].entries()) {
    await app.invoke('trainees.create', {
      name,
      idNumber: validId('19900101', 11 + i),
      phone: '',
      education: '',
      enterpriseId: null,
      jobTitle: '',
      workStartDate: null,
    });
  }

  await goTo(page, '设置');
  await page.getByRole('heading', { name: '市级汇总' }).waitFor();
  await page.getByText('尚未导入').waitFor();
  await page.getByLabel('市级平台公钥').fill(cityKey);
  await page.getByRole('button', { name: '导入公钥' }).click();
  await page.getByText('已导入，指纹').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'city-card.png'), fullPage: true });

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '生成变动数据包' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^市级汇总-第1号-\d{4}-\d{2}-\d{2}\.jxcity$/);
  const path = join(app.folder, 'package.jxcity');
  await file.saveAs(path);
  await expect.poll(() => page.getByLabel('上次数据包').textContent()).toMatch(/^上次：第 1 号/);

  const link = await app.invoke('city.getLink', {});
  await registerBase(hub, {
    code: link.baseCode,
    name: '泉州市机械行业实训基地',
    district: '丰泽区',
    publicKey: link.basePublicKey!,
  });
  await importPackage(hub, createReadStream(path));
  const dashboard = await app.invoke('dashboard.summary', {});
  const figures = await cityFigures(hub);
  expect(figures.trainees).toBe(dashboard.trainees.total);
  expect(figures.enterprises).toBe(dashboard.enterprises);
  expect(figures.bases[0]).toMatchObject({ name: '泉州市机械行业实训基地', trainees: 3, lastSequence: 1 });
});
