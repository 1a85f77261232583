import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from './testing';
import { createRouter, type Handlers } from './router';
import { handlers } from './handlers';
import { openDatabase } from './db/open-database';
import { migrate } from './db/migrate';
import { repoMigrationsFolder } from './db/repo-migrations';
import { createIdGenerator } from './ids';
import { baseProfile } from './db/schema';
import { builtInAdministrator } from '@shared/contract/infra/roles';

let core: TestCore;
afterEach(() => core?.dispose());

describe('router', () => {
  it('refuses an unknown channel with a typed error', async () => {
    core = createTestCore();
    const result = await core.dispatch('trainees.dropAll', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_CHANNEL' }) });
  });

  it('answers invalid input with the field and a Chinese reason, and changes nothing', async () => {
    core = createTestCore();
    const result = await core.dispatch('settings.updateBaseProfile', {
      name: '',
      orgCode: '91350500MA2Y0000',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('请填写基地名称');
    expect(result.error.details?.issues).toEqual([
      { field: 'name', message: '请填写基地名称' },
      { field: 'orgCode', message: '统一社会信用代码应为 18 位，当前为 16 位' },
    ]);
    const audit = await core.dispatch('system.listAudit', {});
    expect(audit).toEqual({ ok: true, value: { entries: [], nextBefore: null } });
  });

  it('rejects unexpected fields instead of silently dropping them', async () => {
    core = createTestCore();
    const result = await core.dispatch('settings.getBaseProfile', { sneaky: true });
    expect(result.ok).toBe(false);
  });

  it('checks the role before the handler runs', async () => {
    core = createTestCore();
    const viewer = { id: 'v1', name: '只读用户', role: 'viewer' as const };
    const input = { name: '基地', orgCode: '', address: '', certificateIssuer: '', contactPhone: '' };
    const refused = await core.dispatch('settings.updateBaseProfile', input, viewer);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('修改基地信息') },
    });
    const allowed = await core.dispatch('settings.getBaseProfile', {}, viewer);
    expect(allowed.ok).toBe(true);
    expect(await core.dispatch('system.listAudit', {})).toEqual({ ok: true, value: { entries: [], nextBefore: null } });
  });

  it('rolls back a mutation that fails halfway, audit row included, and hides the internal error', async () => {
    const folder = createTestCore();
    core = folder;
    const { sqlite, db } = openDatabase(folder.databasePath);
    const { schemaVersion } = migrate(sqlite, repoMigrationsFolder);
    const logged: string[] = [];
    const failing: Handlers = {
      ...handlers,
      'settings.updateBaseProfile': (input, ctx) => {
        ctx.db
          .insert(baseProfile)
          .values({ id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now, ...input })
          .run();
        ctx.audit({ recordIds: ['x'], summary: 'half done' });
        throw new Error('disk on fire');
      },
    };
    const dispatch = createRouter({
      handlers: failing,
      baseContext: {
        db,
        sqlite,
        newId: createIdGenerator(),
        appVersion: 't',
        databasePath: folder.databasePath,
        resourcesFolder: '',
        schemaVersion,
        reportProgress: () => {},
      },
      defaultActor: builtInAdministrator,
      sessions: { find: () => undefined, idleMinutes: () => 15, touch: () => {} },
      clock: { now: () => new Date() },
      logger: { info: () => {}, error: (m) => logged.push(m) },
      onCommitted: () => {},
    });
    const result = await dispatch('settings.updateBaseProfile', {
      name: '基地',
      orgCode: '',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
    });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/^程序内部错误/) } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logged).toEqual(['channel settings.updateBaseProfile failed']);
    expect(sqlite.prepare('select count(*) as n from base_profile').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it('writes one audit row per committed mutation and tells subscribers', async () => {
    core = createTestCore();
    const seen: unknown[] = [];
    core.events.subscribe((event) => seen.push(event));
    const input = { name: '泉州机械实训基地', orgCode: '', address: '', certificateIssuer: '', contactPhone: '' };
    const saved = await core.dispatch('settings.updateBaseProfile', input);
    expect(saved.ok).toBe(true);
    const audit = await core.dispatch('system.listAudit', {});
    expect(audit.ok && audit.value).toMatchObject({
      entries: [
        {
          actorName: '系统管理员',
          channel: 'settings.updateBaseProfile',
          title: '修改基地信息',
          summary: '修改基地信息：基地名称',
        },
      ],
    });
    expect(seen).toEqual([
      { name: 'data.changed', payload: { channel: 'settings.updateBaseProfile', recordIds: [expect.any(String)] } },
    ]);
  });

  it('never writes an audit row without 内容: an empty summary becomes the channel title', async () => {
    const folder = createTestCore();
    core = folder;
    const { sqlite, db } = openDatabase(folder.databasePath);
    const { schemaVersion } = migrate(sqlite, repoMigrationsFolder);
    const terse: Handlers = {
      ...handlers,
      'settings.updateBaseProfile': (input, ctx) => {
        ctx.audit({ recordIds: [], summary: '  ' });
        return { ...input, creditCode: null, updatedAt: ctx.now } as never;
      },
    };
    const dispatch = createRouter({
      handlers: terse,
      baseContext: {
        db,
        sqlite,
        newId: createIdGenerator(),
        appVersion: 't',
        databasePath: folder.databasePath,
        resourcesFolder: '',
        schemaVersion,
        reportProgress: () => {},
      },
      defaultActor: builtInAdministrator,
      sessions: { find: () => undefined, idleMinutes: () => 15, touch: () => {} },
      clock: { now: () => new Date() },
      logger: { info: () => {}, error: () => {} },
      onCommitted: () => {},
    });
    await dispatch('settings.updateBaseProfile', {
      name: '基地',
      orgCode: '',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
    });
    expect(sqlite.prepare('select summary from audit_log').all()).toEqual([{ summary: '修改基地信息' }]);
    sqlite.close();
  });
});
