import { afterEach, describe, expect, it } from 'vitest';
import { call, createTestCore, type TestCore } from '../../testing';

let core: TestCore;
afterEach(() => core?.dispose());

const profile = {
  name: '泉州市纺织服装产业工人技能实训基地',
  orgCode: '',
  address: '',
  certificateIssuer: '',
  contactPhone: '',
};

describe('base profile', () => {
  it('starts empty on a new database', async () => {
    core = createTestCore();
    expect(await call(core, 'settings.getBaseProfile', {})).toMatchObject({ name: '', updatedAt: null });
  });

  it('saves, normalises a pasted credit code, and reads back after reopening', async () => {
    core = createTestCore({ clock: { now: () => new Date('2026-11-24T02:00:00Z') } });
    const saved = await call(core, 'settings.updateBaseProfile', {
      ...profile,
      orgCode: ' ９１３５０５００ma2yq5xk3j ',
      address: '  晋江市  ',
    });
    expect(saved).toEqual({
      ...profile,
      orgCode: '91350500MA2YQ5XK3J',
      address: '晋江市',
      updatedAt: '2026-11-24T02:00:00.000Z',
    });
    await call(core, 'settings.updateBaseProfile', { ...profile, name: '改名后的基地' });
    expect(await call(core, 'settings.getBaseProfile', {})).toMatchObject({ name: '改名后的基地', orgCode: '' });
  });

  it('refuses a credit code with a wrong check character and keeps the saved profile', async () => {
    core = createTestCore();
    await call(core, 'settings.updateBaseProfile', profile);
    const refused = await core.dispatch('settings.updateBaseProfile', {
      ...profile,
      name: '新名字',
      orgCode: '91350500MA2YQ5XK3A',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { issues: [{ field: 'orgCode', message: '校验位不符：第 18 位应为 J，请核对代码是否抄错' }] },
      },
    });
    expect(await call(core, 'settings.getBaseProfile', {})).toMatchObject({ name: profile.name });
  });

  it('audits which fields changed', async () => {
    core = createTestCore();
    await call(core, 'settings.updateBaseProfile', profile);
    await call(core, 'settings.updateBaseProfile', { ...profile, address: '鲤城区', contactPhone: '0595-22000000' });
    await call(core, 'settings.updateBaseProfile', { ...profile, address: '鲤城区', contactPhone: '0595-22000000' });
    const { entries } = await call(core, 'system.listAudit', { limit: 10 });
    expect(entries.map((e) => e.summary)).toEqual([
      '保存基地信息（无改动）',
      '修改基地信息：地址、联系电话',
      '修改基地信息：基地名称',
    ]);
  });
});

describe('audit log paging', () => {
  it('pages from newest to oldest without gaps or repeats', async () => {
    core = createTestCore();
    for (let i = 0; i < 7; i++) await call(core, 'settings.updateBaseProfile', { ...profile, name: `基地${i}` });
    const first = await call(core, 'system.listAudit', { limit: 3 });
    const second = await call(core, 'system.listAudit', { limit: 3, before: first.nextBefore! });
    const third = await call(core, 'system.listAudit', { limit: 3, before: second.nextBefore! });
    const ids = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(third.nextBefore).toBeNull();
  });
});
