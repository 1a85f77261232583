import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@shared/contract/infra/roles';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedAppraisedCohort, type SeededCohort } from '../../testing/certificate-fixtures';

const skillTemplate = 'default-skill-preprinted';
const checker: Actor = { id: 'user-checker', name: '李复核', role: 'clerk' };
let core: TestCore;
let cohort: SeededCohort;

beforeEach(async () => {
  core = createTestCore();
  cohort = seedAppraisedCohort(core.databasePath, { passed: 20, failed: 1 });
  await call(core, 'certificates.updateSettings', {
    baseCode: 'QZ',
    completionPattern: 'JY{seq6}',
    skillPattern: 'JN{seq6}',
    sealImage: null,
  });
});
afterEach(() => core.dispose());

const issueSkill = (enrollmentIds: string[]) =>
  call(core, 'certificates.issue', { templateId: skillTemplate, issueDate: '2026-05-20', enrollmentIds });
const balances = async () =>
  Object.fromEntries((await call(core, 'stock.overview', {})).items.map((i) => [i.item, i.balance])) as Record<
    'blank' | 'cover',
    { available: number; pending: number }
  >;
const receive = (item: 'blank' | 'cover', quantity: number) =>
  call(core, 'stock.receive', { item, quantity, reason: '市总工会 2026-05 发放' });

describe('the ledger beside certificates', () => {
  it('draws one blank and one cover per skill-level certificate, in the issuing transaction', async () => {
    await receive('blank', 100);
    await receive('cover', 100);
    await issueSkill(cohort.enrollmentIds.slice(0, 20));
    expect(await balances()).toEqual({ blank: { available: 80, pending: 0 }, cover: { available: 80, pending: 0 } });
    await call(core, 'certificates.issue', {
      templateId: 'default-completion-a4',
      issueDate: '2026-05-20',
      enrollmentIds: cohort.enrollmentIds.slice(0, 2),
    });
    expect((await balances()).blank.available).toBe(80);

    const page = await call(core, 'stock.movements', { item: 'blank', limit: 5 });
    expect(page.total).toBe(21);
    expect(page.rows[0]).toMatchObject({
      seq: 21,
      kind: 'issue',
      kindLabel: '签发领用',
      quantity: 1,
      availableAfter: 80,
      relatedTo: 'JN000020（2026 年第 3 期电工（四级）培训班 c1）',
    });
    const older = await call(core, 'stock.movements', { item: 'blank', beforeSeq: page.rows.at(-1)!.seq, limit: 100 });
    expect(older.rows.map((r) => r.seq)).toEqual([16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('refuses the whole issue when stock runs short, and keeps no certificate or number', async () => {
    await receive('blank', 3);
    const result = await core.dispatch('certificates.issue', {
      templateId: skillTemplate,
      issueDate: '2026-05-20',
      enrollmentIds: cohort.enrollmentIds.slice(0, 4),
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('空白证书可用库存不足：现有 0 张'),
    });
    expect(await call(core, 'certificates.list', { cohortId: cohort.cohortId })).toEqual([]);
    expect((await balances()).blank.available).toBe(3);
  });

  it('issues as before on a base that has not started its ledger', async () => {
    await issueSkill(cohort.enrollmentIds.slice(0, 2));
    const overview = await call(core, 'stock.overview', {});
    expect(overview.items.map((i) => [i.started, i.balance.available])).toEqual([
      [false, 0],
      [false, 0],
    ]);
  });

  it('gives an unprinted voided certificate its blank back, and sends a printed one to destruction', async () => {
    await receive('blank', 10);
    const [first, second] = await issueSkill(cohort.enrollmentIds.slice(0, 2));
    await call(core, 'certificates.recordPrint', { certificateIds: [second!.id], printerName: '', reason: '' });
    await call(core, 'certificates.void', { certificateId: first!.id, reason: '姓名错字' });
    await call(core, 'certificates.void', { certificateId: second!.id, reason: '照片贴错' });
    expect((await balances()).blank).toEqual({ available: 9, pending: 1 });
    const kinds = (await call(core, 'stock.movements', { item: 'blank', limit: 2 })).rows.map((r) => r.kindLabel);
    expect(kinds).toEqual(['证书作废', '退回']);
  });
});

describe('print batch settlement', () => {
  it('accounts printed = used − returned − spoiled, and asks why beyond passes × 1.1', async () => {
    await receive('blank', 100);
    const issued = await issueSkill(cohort.enrollmentIds.slice(0, 20));
    await call(core, 'stock.spoil', { item: 'blank', quantity: 1, reason: '卡纸', cohortId: cohort.cohortId });
    await call(core, 'certificates.void', { certificateId: issued[0]!.id, reason: '错字' });
    const [batch] = (await call(core, 'stock.overview', {})).batches;
    expect(batch).toMatchObject({
      cohortId: cohort.cohortId,
      passes: 20,
      limit: 22,
      printed: 19,
      returned: 1,
      spoiled: 1,
      used: 21,
    });

    await call(core, 'stock.spoil', { item: 'blank', quantity: 1, reason: '错位', cohortId: cohort.cohortId });
    const over = await core.dispatch('stock.spoil', {
      item: 'blank',
      quantity: 1,
      reason: '错位',
      cohortId: cohort.cohortId,
    });
    expect(!over.ok && over.error.message).toContain('最多领用 22 张');
    await call(core, 'stock.spoil', {
      item: 'blank',
      quantity: 1,
      reason: '错位',
      cohortId: cohort.cohortId,
      overLimitReason: '打印机故障，经科长同意',
    });
    expect((await balances()).blank).toEqual({ available: 78, pending: 3 });
  });
});

describe('maker-checker', () => {
  it('turns a stocktake difference into an adjustment that only a second person can approve, once', async () => {
    await receive('blank', 100);
    const missingReason = await core.dispatch('stock.stocktake', { item: 'blank', counted: 98, reason: '' });
    expect(!missingReason.ok && missingReason.error.message).toContain('差 -2 张：请填写差异原因');
    const take = await call(core, 'stock.stocktake', { item: 'blank', counted: 98, reason: '两张受潮粘连，已撕毁' });
    expect(take).toMatchObject({
      book: 100,
      counted: 98,
      difference: -2,
      review: { status: 'pending', statusLabel: '待审核' },
    });
    expect((await balances()).blank.available).toBe(100);

    const self = await core.dispatch('stock.decide', { reviewId: take.review!.id, approve: true, note: '' });
    expect(!self.ok && self.error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('另一位工作人员'),
    });
    const approved = await call(core, 'stock.decide', { reviewId: take.review!.id, approve: true, note: '' }, checker);
    expect(approved).toMatchObject({ status: 'approved', checkerName: '李复核' });
    expect((await balances()).blank.available).toBe(98);
    const twice = await core.dispatch('stock.decide', { reviewId: take.review!.id, approve: true, note: '' }, checker);
    expect(!twice.ok && twice.error.message).toContain('已通过，不能再次审核');
    expect((await balances()).blank.available).toBe(98);
  });

  it('refuses an adjustment counted before stock moved again', async () => {
    await receive('blank', 100);
    const take = await call(core, 'stock.stocktake', { item: 'blank', counted: 99, reason: '少一张' });
    await issueSkill([cohort.enrollmentIds[0]!]);
    const stale = await core.dispatch('stock.decide', { reviewId: take.review!.id, approve: true, note: '' }, checker);
    expect(!stale.ok && stale.error.message).toContain('请驳回并重新盘点');
  });

  it('destroys what waits for destruction once, by two people', async () => {
    await receive('blank', 10);
    await call(core, 'stock.spoil', { item: 'blank', quantity: 3, reason: '卡纸' });
    const tooMany = await core.dispatch('stock.requestDestruction', {
      item: 'blank',
      quantity: 4,
      reason: '碎纸机销毁',
    });
    expect(!tooMany.ok && tooMany.error.message).toContain('待销毁 3 张');
    const batch = await call(core, 'stock.requestDestruction', { item: 'blank', quantity: 3, reason: '碎纸机销毁' });
    const queued = await core.dispatch('stock.requestDestruction', { item: 'blank', quantity: 1, reason: '再销毁' });
    expect(!queued.ok && queued.error.message).toContain('已在待审核的销毁单上');
    await call(core, 'stock.decide', { reviewId: batch.id, approve: true, note: '监销：王科长' }, checker);
    expect((await balances()).blank).toEqual({ available: 7, pending: 0 });
    const again = await core.dispatch(
      'stock.decide',
      { reviewId: batch.id, approve: true, note: '' },
      { ...checker, id: 'third' },
    );
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  it('asks why a review is rejected', async () => {
    await receive('blank', 10);
    const take = await call(core, 'stock.stocktake', { item: 'blank', counted: 12, reason: '多两张' });
    const bare = await core.dispatch('stock.decide', { reviewId: take.review!.id, approve: false, note: '' }, checker);
    expect(!bare.ok && bare.error.message).toContain('驳回时请填写理由');
    expect(
      await call(core, 'stock.decide', { reviewId: take.review!.id, approve: false, note: '请复点' }, checker),
    ).toMatchObject({ status: 'rejected' });
    expect((await balances()).blank.available).toBe(10);
  });
});
