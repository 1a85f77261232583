import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestCore, type TestCore } from '../../testing';
import { validId } from '../../testing/people';

let core: TestCore;
beforeEach(() => {
  core = createTestCore();
});
afterEach(() => core.dispose());

const person = (
  name: string,
  idNumber: string,
  extra: Partial<{ phone: string; enterpriseId: string | null }> = {},
) => ({
  name,
  idNumber,
  phone: extra.phone ?? '',
  education: '高中',
  enterpriseId: extra.enterpriseId ?? null,
  jobTitle: '',
  workStartDate: null,
});

describe('trainee records', () => {
  it('derives sex and birth date from a pasted ID and never lists the whole number', async () => {
    const id = validId('19900102', 123);
    const pasted = id.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(.{6})/, '$1 ');
    const created = await call(core, 'trainees.create', person('张三', pasted, { phone: '13912345678' }));
    expect(created).toMatchObject({
      sex: 'male',
      birthYear: '1990',
      idMasked: `350582********${id.slice(-4)}`,
      phoneMasked: '139****5678',
    });
    const page = await call(core, 'trainees.list', {});
    expect(JSON.stringify(page)).not.toContain(id);
    expect(JSON.stringify(page)).not.toContain('13912345678');
    const revealed = await call(core, 'trainees.revealIdentity', { id: created.id });
    expect(revealed).toEqual({ idNumber: id, phone: '13912345678' });
    const audit = await call(core, 'system.listAudit', { limit: 5 });
    expect(audit.entries[0]!.summary).toBe('查看完整身份证号与手机号：张三');
  });

  it('never lets the masked ID and the birth date rebuild the number, and logs who looked', async () => {
    const id = validId('19900102', 121);
    const created = await call(core, 'trainees.create', person('王芳', id));
    const viewer = { id: 'viewer-1', name: '只读员', role: 'viewer' as const };
    const page = await call(core, 'trainees.list', {}, viewer);
    const detail = await call(core, 'trainees.get', { id: created.id }, viewer);
    for (const answer of [page, detail]) {
      expect(JSON.stringify(answer)).not.toContain('1990-01-02');
      expect(JSON.stringify(answer)).not.toContain('19900102');
    }
    expect(page.rows[0]).toMatchObject({ birthYear: '1990', idMasked: `350582********${id.slice(-4)}` });
    const audit = await call(core, 'system.listAudit', { limit: 2 });
    expect(audit.entries.map((e) => [e.summary, e.actorName])).toEqual([
      ['查看学员详情：王芳（身份证号已遮蔽）', '只读员'],
      ['查看学员名单（身份证号已遮蔽）', '只读员'],
    ]);
  });

  it('refuses a second record for the same person and points at the existing one', async () => {
    const id = validId('19850315', 22);
    const first = await call(core, 'trainees.create', person('李四', id));
    const again = await core.dispatch('trainees.create', person('李四', id.toLowerCase()));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { existingId: first.id } } });
  });

  it('rejects a wrong check digit with the expected character', async () => {
    const id = validId('19850315', 22);
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const result = await core.dispatch('trainees.create', person('王五', wrong));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(`第 18 位应为 ${id[17]}`);
  });

  it('finds people by name, pinyin, initials, ID and phone fragments and enterprise name, pages by keyset', async () => {
    const enterprise = await call(core, 'enterprises.create', {
      name: '晋江恒安鞋业有限公司',
      creditCode: '',
      industry: '鞋业',
      district: '晋江市',
      contactName: '',
      contactPhone: '',
    });
    await call(
      core,
      'trainees.create',
      person('张三', validId('19900102', 123), { phone: '13912345678', enterpriseId: enterprise.id }),
    );
    await call(core, 'trainees.create', person('张三丰', validId('19910203', 45), { phone: '13800001111' }));
    await call(core, 'trainees.create', person('赵四', validId('19920304', 67), { phone: '13700002222' }));
    const names = async (search: string) =>
      (await call(core, 'trainees.list', { filter: { search } })).rows.map((r) => r.name);
    expect(await names('张三')).toEqual(['张三', '张三丰']);
    expect(await names('zs')).toEqual(['张三', '张三丰', '赵四']);
    expect(await names('zhangsan')).toEqual(['张三', '张三丰']);
    expect(await names('zsf')).toEqual(['张三丰']);
    expect(await names('19920304')).toEqual(['赵四']);
    expect(await names('00001111')).toEqual(['张三丰']);
    expect(await names('恒安')).toEqual(['张三']);

    const first = await call(core, 'trainees.list', { limit: 2 });
    expect((await call(core, 'trainees.count', {})).total).toBe(3);
    const second = await call(core, 'trainees.list', { limit: 2, after: first.next });
    expect([...first.rows, ...second.rows].map((r) => r.name)).toEqual(['张三', '张三丰', '赵四']);
    expect(second.next).toBeNull();
  });
});

describe('enterprises', () => {
  const enterprise = (name: string, creditCode = '') => ({
    name,
    creditCode,
    industry: '鞋业',
    district: '晋江市',
    contactName: '',
    contactPhone: '',
  });

  it('refuses to delete an enterprise with trainees, giving the count, and merges duplicates in one step', async () => {
    const keep = await call(core, 'enterprises.create', enterprise('晋江恒安鞋业有限公司'));
    const dup = await call(core, 'enterprises.create', enterprise('恒安鞋业', '91350500MA2YQ5XK3J'));
    await call(core, 'trainees.create', person('张三', validId('19900102', 123), { enterpriseId: dup.id }));
    await call(core, 'trainees.create', person('李四', validId('19900102', 124), { enterpriseId: dup.id }));
    const refused = await core.dispatch('enterprises.delete', { id: dup.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok) expect(refused.error.message).toContain('还有 2 名学员');

    const merged = await call(core, 'enterprises.merge', { keepId: keep.id, mergeId: dup.id });
    expect(merged.movedTrainees).toBe(2);
    expect(merged.keep).toMatchObject({ traineeCount: 2, creditCode: '91350500MA2YQ5XK3J' });
    const list = await call(core, 'enterprises.list', {});
    expect(list.rows.map((r) => r.name)).toEqual(['晋江恒安鞋业有限公司']);
  });
});
