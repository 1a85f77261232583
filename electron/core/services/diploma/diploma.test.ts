import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '@shared/contract';
import type { EnrollmentDetail } from '@shared/contract/diploma';
import type { Actor } from '@shared/contract/infra/roles';
import type { Honour } from '@shared/domain/diploma/schemes';
import { sumFen } from '@shared/domain/money/fen';
import { createTestCore, type TestCore } from '../../testing';
import { validId } from '../../testing/people';

// The maker holds the duty too: only the four-eyes rule stops them confirming their own entries.
const maker: Actor = { id: 'clerk-1', name: '业务员甲', role: 'clerk', duties: ['confirmPayments'] };
const checker: Actor = { id: 'clerk-2', name: '财务乙', role: 'clerk', duties: ['confirmPayments'] };
const plainClerk: Actor = { id: 'clerk-3', name: '业务员丙', role: 'clerk' };
let core: TestCore;
let serial = 1;

beforeEach(() => {
  core = createTestCore();
});
afterEach(() => core.dispose());

async function as<C extends Channel>(actor: Actor | undefined, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await core.dispatch(channel, input, actor);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as Output<C>;
}
async function refusal(actor: Actor | undefined, channel: Channel, input: unknown) {
  const result = await core.dispatch(channel, input, actor);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
}

const ruralFacts = {
  ruralHousehold: true,
  socialInsuranceMonths: 12,
  privateEmployer: true,
  employerHasUnion: true,
  honours: [] as Honour[],
};

async function programme() {
  return as(maker, 'diploma.saveProgramme', {
    school: '国家开放大学',
    major: '机电一体化技术',
    level: 'junior',
    mode: 'open',
    intakeYear: 2023,
    intakeTerm: 'autumn',
    applicationDeadline: '2023-09-05',
    tuitionBasis: 'perCredit',
    priceFen: 8500,
    credits: 76,
  });
}

async function enrolled(programmeId: string, facts = ruralFacts, name = '陈学员') {
  const trainee = await as(maker, 'trainees.create', {
    name,
    idNumber: validId('19950312', serial++),
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  return as(maker, 'diploma.enroll', { programmeId, traineeId: trainee.id, appliedOn: '2023-08-20', facts });
}

async function admitted(programmeId: string, facts = ruralFacts, name?: string) {
  const e = await enrolled(programmeId, facts, name);
  await as(maker, 'diploma.move', { enrollmentId: e.id, to: 'approved', on: '2023-08-25' });
  await as(maker, 'diploma.move', { enrollmentId: e.id, to: 'admitted', on: '2023-09-01', studentNo: `23${serial}` });
  return as(maker, 'diploma.move', { enrollmentId: e.id, to: 'studying', on: '2023-09-10' });
}

const tranches = (detail: EnrollmentDetail, scheme = 'province') =>
  detail.plans.find((p) => p.schemeCode === scheme)!.tranches;

describe('programmes and the enrollment lifecycle', () => {
  it('prices a programme in whole fen and refuses the same programme twice', async () => {
    const p = await programme();
    expect(p).toMatchObject({ tuitionFen: 646000, intakeLabel: '2023年秋季', levelLabel: '专科', enrolled: 0 });
    const { enrolled: _n, levelLabel: _l, modeLabel: _m, intakeLabel: _i, tuitionFen: _t, ...fields } = p;
    const again = await refusal(maker, 'diploma.saveProgramme', { ...fields, id: null });
    expect(again.message).toContain('已经建过');
    const fraction = await refusal(maker, 'diploma.saveProgramme', {
      ...fields,
      id: null,
      major: '数控',
      priceFen: 85.5,
    });
    expect(fraction.message).toBe('输入有误：学费须精确到分');
  });

  it('moves only along the lifecycle, with the study length and reasons checked', async () => {
    const p = await programme();
    const e = await enrolled(p.id);
    expect(e.moves.map((m) => m.label)).toEqual(['资格审核通过', '审核不通过']);
    expect(
      (await refusal(maker, 'diploma.move', { enrollmentId: e.id, to: 'graduated', on: '2023-09-01' })).message,
    ).toBe('“已报名”的学员不能直接毕业');
    await as(maker, 'diploma.move', { enrollmentId: e.id, to: 'approved', on: '2023-08-25' });
    expect(
      (await refusal(maker, 'diploma.move', { enrollmentId: e.id, to: 'admitted', on: '2023-09-01' })).message,
    ).toContain('请填写学号');
    await as(maker, 'diploma.move', { enrollmentId: e.id, to: 'admitted', on: '2023-09-01', studentNo: '2335001' });
    const studying = await as(maker, 'diploma.move', { enrollmentId: e.id, to: 'studying', on: '2023-09-10' });
    expect(studying).toMatchObject({ state: 'studying', earliestGraduation: '2026-03-01', expiresOn: '2031-09-01' });
    expect(
      (await refusal(maker, 'diploma.move', { enrollmentId: e.id, to: 'graduated', on: '2026-02-28' })).message,
    ).toContain('最短修业年限未满');
    expect(
      (await refusal(maker, 'diploma.move', { enrollmentId: e.id, to: 'withdrawn', on: '2024-01-01' })).message,
    ).toBe('请写明退学的原因');
  });
});

describe('the union subsidy', () => {
  it('pays a tranche only when its condition holds, entered by one person and confirmed by another', async () => {
    const p = await programme();
    const e = await admitted(p.id);
    const planned = await as(maker, 'diploma.planSubsidy', { enrollmentId: e.id, schemeCode: 'province' });
    const [first, second, third] = tranches(planned);
    expect([first!.status, second!.status, third!.status]).toEqual(['due', 'upcoming', 'upcoming']);
    expect(second!.paymentRefusal).toBe('发放条件还未满足');

    expect(
      (await refusal(maker, 'diploma.enterPayment', { trancheId: first!.id, amountFen: 99999, paidOn: '2023-10-10' }))
        .message,
    ).toBe('金额须与计划一致（应为 1,000.00 元）');
    const entry = await as(maker, 'diploma.enterPayment', {
      trancheId: first!.id,
      amountFen: 100000,
      paidOn: '2023-10-10',
      note: 'PZ-001',
    });
    expect(entry).toMatchObject({ state: 'entered', makerName: '业务员甲', trancheLabel: '第 1 笔（录取注册后）' });
    expect(
      (await refusal(maker, 'diploma.enterPayment', { trancheId: first!.id, amountFen: 100000, paidOn: '2023-10-10' }))
        .message,
    ).toContain('待复核');

    const own = await refusal(maker, 'diploma.confirmPayments', { paymentIds: [entry.id] });
    expect(own.code).toBe('FORBIDDEN');
    expect(own.message).toContain('录入其中的发放的是您本人');
    expect((await refusal(plainClerk, 'diploma.confirmPayments', { paymentIds: [entry.id] })).code).toBe('FORBIDDEN');
    expect(await as(checker, 'diploma.confirmPayments', { paymentIds: [entry.id] })).toEqual({
      confirmed: 1,
      totalFen: 100000,
    });
    expect((await refusal(checker, 'diploma.confirmPayments', { paymentIds: [entry.id] })).message).toContain(
      '已经复核过',
    );

    const after = await as(maker, 'diploma.enrollment', { id: e.id });
    expect(tranches(after)[0]).toMatchObject({ status: 'paid', paymentRefusal: '这一笔已经发放过，不能重复发放' });
    expect(after.plans[0]!.summary).toMatchObject({ planned: 300000, paid: 100000, due: 0, upcoming: 200000 });
  });

  it('refuses a scheme whose conditions fail, in words, and the not-both pair', async () => {
    const p = await programme();
    const e = await admitted(p.id, { ...ruralFacts, ruralHousehold: false, socialInsuranceMonths: 3 });
    const province = e.schemeOptions.find((s) => s.code === 'province')!;
    expect(province.eligible).toBe(false);
    expect(province.lines.filter((l) => !l.met).map((l) => l.text)).toEqual([
      '不是农村户口（须为农村户口）',
      '在本省缴纳社保 3 个月（须满 6 个月）',
    ]);
    expect((await refusal(maker, 'diploma.planSubsidy', { enrollmentId: e.id, schemeCode: 'province' })).message).toBe(
      '不符合省总工会求学圆梦补助的条件：不是农村户口（须为农村户口）；在本省缴纳社保 3 个月（须满 6 个月）',
    );

    const both = await admitted(p.id, ruralFacts, '林学员');
    await as(maker, 'diploma.planSubsidy', { enrollmentId: both.id, schemeCode: 'province' });
    expect(
      (await refusal(maker, 'diploma.planSubsidy', { enrollmentId: both.id, schemeCode: 'city-private' })).message,
    ).toBe('不符合市总工会民营企业职工学历补助的条件：已享受省总工会求学圆梦补助，不能同时享受');
  });

  it('forfeits the rest on withdrawal, but not while a payment waits; graduation makes the last tranche due', async () => {
    const p = await programme();
    const leaver = await admitted(p.id);
    const plan = await as(maker, 'diploma.planSubsidy', { enrollmentId: leaver.id, schemeCode: 'province' });
    const entry = await as(maker, 'diploma.enterPayment', {
      trancheId: tranches(plan)[0]!.id,
      amountFen: 100000,
      paidOn: '2023-10-10',
    });
    expect(
      (
        await refusal(maker, 'diploma.move', {
          enrollmentId: leaver.id,
          to: 'withdrawn',
          on: '2024-03-01',
          note: '工作调动',
        })
      ).message,
    ).toBe('省总工会求学圆梦补助：有 1 笔发放待复核，请先复核或退回，再办理取消');
    await as(checker, 'diploma.confirmPayments', { paymentIds: [entry.id] });
    const left = await as(maker, 'diploma.move', {
      enrollmentId: leaver.id,
      to: 'withdrawn',
      on: '2024-03-01',
      note: '工作调动',
    });
    expect(tranches(left).map((t) => t.status)).toEqual(['paid', 'forfeited', 'forfeited']);
    expect(left.plans[0]).toMatchObject({
      forfeitReasonLabel: '中断学业（退学、中断或学籍过期）',
      forfeitNote: '退学：工作调动',
    });
    expect(left.plans[0]!.summary).toMatchObject({ planned: 300000, paid: 100000, forfeited: 200000, due: 0 });

    const graduate = await admitted(p.id, ruralFacts, '黄学员');
    await as(maker, 'diploma.planSubsidy', { enrollmentId: graduate.id, schemeCode: 'province' });
    await as(maker, 'diploma.passYear', { enrollmentId: graduate.id });
    const done = await as(maker, 'diploma.move', { enrollmentId: graduate.id, to: 'graduated', on: '2026-07-01' });
    expect(tranches(done).map((t) => t.status)).toEqual(['due', 'due', 'due']);
  });

  it('reverses a confirmed payment with a new entry, which the checker confirms too', async () => {
    const p = await programme();
    const e = await admitted(p.id);
    const plan = await as(maker, 'diploma.planSubsidy', { enrollmentId: e.id, schemeCode: 'province' });
    const entry = await as(maker, 'diploma.enterPayment', {
      trancheId: tranches(plan)[0]!.id,
      amountFen: 100000,
      paidOn: '2023-10-10',
    });
    await as(checker, 'diploma.confirmPayments', { paymentIds: [entry.id] });
    const reversal = await as(maker, 'diploma.reversePayment', {
      paymentId: entry.id,
      on: '2023-10-20',
      reason: '账号有误，已退回',
    });
    expect(reversal).toMatchObject({ amountFen: -100000, reversesId: entry.id, stateLabel: '冲销待复核' });
    await as(checker, 'diploma.confirmPayments', { paymentIds: [reversal.id] });
    const after = await as(maker, 'diploma.enrollment', { id: e.id });
    expect(tranches(after)[0]!.status).toBe('due');
    expect(tranches(after)[0]!.entries).toHaveLength(2);
    expect(
      (await refusal(maker, 'diploma.reversePayment', { paymentId: entry.id, on: '2023-10-21', reason: '再冲' }))
        .message,
    ).toBe('这笔发放已经冲销过');
  });

  it('keeps the ledger reconciled over random payment sequences: paid + due + upcoming + forfeited = planned', async () => {
    const p = await programme();
    let seed = 13;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const e = await admitted(p.id, { ...ruralFacts, honours: ['craftsman'] }, `学员${i}`);
      await as(maker, 'diploma.planSubsidy', { enrollmentId: e.id, schemeCode: 'province' });
      await as(maker, 'diploma.planSubsidy', { enrollmentId: e.id, schemeCode: 'city-model' });
      ids.push(e.id);
    }
    for (let step = 0; step < 80; step++) {
      const detail = await as(maker, 'diploma.enrollment', { id: ids[random(ids.length)]! });
      const tranche = detail.plans[random(detail.plans.length)]!.tranches[random(3)]!;
      const waiting = tranche.entries.find((x) => x.state === 'entered');
      const paid = tranche.entries.find(
        (x) =>
          x.state === 'confirmed' &&
          x.amountFen > 0 &&
          !tranche.entries.some((r) => r.reversesId === x.id && r.state !== 'returned'),
      );
      const action = random(6);
      if (action === 0 && detail.state === 'studying')
        await core.dispatch('diploma.passYear', { enrollmentId: detail.id }, maker);
      else if (action === 1 && random(4) === 0)
        await core.dispatch(
          'diploma.move',
          { enrollmentId: detail.id, to: 'withdrawn', on: '2024-06-01', note: '离职' },
          maker,
        );
      else if (action === 2 && waiting)
        await core.dispatch('diploma.returnPayments', { paymentIds: [waiting.id], note: '凭证不清' }, checker);
      else if (action === 3 && paid)
        await core.dispatch('diploma.reversePayment', { paymentId: paid.id, on: '2024-06-01', reason: '错发' }, maker);
      else if (waiting) await as(checker, 'diploma.confirmPayments', { paymentIds: [waiting.id] });
      // Refused entries (condition not met, paid, forfeited) are part of the sequence too.
      else
        await core.dispatch(
          'diploma.enterPayment',
          { trancheId: tranche.id, amountFen: tranche.amountFen, paidOn: '2024-06-01' },
          maker,
        );

      const details = await Promise.all(ids.map((id) => as(maker, 'diploma.enrollment', { id })));
      const plans = details.flatMap((d) => d.plans);
      for (const plan of plans) {
        const s = plan.summary;
        expect(s.paid + s.due + s.upcoming + s.forfeited).toBe(s.planned);
        for (const t of plan.tranches) {
          const net = sumFen(t.entries.filter((x) => x.state === 'confirmed').map((x) => x.amountFen));
          expect([0, t.amountFen]).toContain(net);
        }
      }
      const ledger = await as(maker, 'diploma.ledger', {});
      for (const code of ['province', 'city-model']) {
        const row = ledger.find((r) => r.schemeCode === code)!;
        const mine = plans.filter((pl) => pl.schemeCode === code).map((pl) => pl.summary);
        for (const key of ['planned', 'paid', 'due', 'awaiting', 'upcoming', 'forfeited'] as const) {
          expect(row[key]).toBe(sumFen(mine.map((m) => m[key])));
          expect(row[key]).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
