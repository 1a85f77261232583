import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, Input } from '@shared/contract';
import type { Actor } from '@shared/contract/infra/roles';
import type { AgreementDetail } from '@shared/contract/mentoring';
import { call, createTestCore, type TestCore } from '../../testing';
import { validId } from '../../testing/people';

// The maker holds the duty too: only the four-eyes rule stops them confirming their own entries.
const maker: Actor = { id: 'clerk-1', name: '业务员甲', role: 'clerk', duties: ['confirmPayments'] };
const checker: Actor = { id: 'clerk-2', name: '财务乙', role: 'clerk', duties: ['confirmPayments'] };
const plainClerk: Actor = { id: 'clerk-3', name: '业务员丙', role: 'clerk' };

let today = '2026-05-15';
let core: TestCore;
let serial = 1;
let electrician = '';

beforeEach(async () => {
  today = '2026-05-15';
  core = createTestCore({ clock: { now: () => new Date(`${today}T04:00:00Z`) } });
  electrician = (await call(core, 'jobTypes.list', {})).find((j) => j.name === '电工')!.id;
});
afterEach(() => core.dispose());

async function refusal(actor: Actor | undefined, channel: Channel, input: unknown) {
  const result = await core.dispatch(channel, input, actor);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
}

async function person(name: string) {
  return (
    await call(core, 'trainees.create', {
      name,
      idNumber: validId('19800312', serial++),
      phone: '',
      education: '',
      enterpriseId: null,
      jobTitle: '',
      workStartDate: '2000-07-01',
    })
  ).id;
}

async function mentor(name = '林师傅', grade = 2) {
  return call(core, 'mentoring.saveMentor', { traineeId: await person(name), jobTypeId: electrician, grade }, maker);
}

const terms = (mentorId: string, apprenticeId: string, extra: Partial<Input<'mentoring.sign'>> = {}) => ({
  mentorId,
  apprenticeId,
  signedOn: '2026-01-20',
  startDate: '2026-02-01',
  months: 12,
  targetGrade: 3,
  goals: '掌握高低压配电柜安装与调试，考取高级工证书',
  plannedHours: 240,
  allowanceMode: 'monthly' as const,
  allowanceFen: 20000,
  allowancePayer: '泉州某电气有限公司',
  ...extra,
});

const instalment = (d: AgreementDetail, seq: number) => d.schedule.find((i) => i.seq === seq)!;
const reconciles = (d: AgreementDetail) =>
  d.summary.paid + d.summary.due + d.summary.upcoming + d.summary.forfeited === d.summary.planned;

describe('mentors and their titles', () => {
  it('registers a worker once as a mentor, with the rounds that named them', async () => {
    const m = await mentor();
    expect(m).toMatchObject({ name: '林师傅', jobTypeName: '电工', gradeLabel: '二级/技师', active: 0 });
    expect(
      (await refusal(maker, 'mentoring.saveMentor', { traineeId: m.traineeId, jobTypeId: electrician, grade: 2 }))
        .message,
    ).toBe('林师傅已登记为师傅');
    const titled = await call(
      core,
      'mentoring.addTitle',
      {
        mentorId: m.id,
        title: 'goodMaster',
        round: '2020—2021 年度“名师带高徒”',
        year: 2021,
        awardedBy: '泉州市总工会',
      },
      maker,
    );
    expect(titled.titles.map((t) => `${t.round}${t.titleLabel}`)).toEqual(['2020—2021 年度“名师带高徒”好师傅']);
    expect(
      (
        await refusal(maker, 'mentoring.addTitle', {
          mentorId: m.id,
          title: 'goodMaster',
          round: '2020—2021 年度“名师带高徒”',
          year: 2021,
        })
      ).message,
    ).toContain('已登记过');
    const roster = await call(core, 'mentoring.mentors', { title: 'goodMaster' });
    expect(roster.rows.map((r) => r.name)).toEqual(['林师傅']);
    expect((await call(core, 'mentoring.mentors', { title: 'craftsman' })).total).toBe(0);
    const after = await call(core, 'mentoring.removeTitle', { id: titled.titles[0]!.id }, maker);
    expect(after.titles).toEqual([]);
  });

  it('refuses a grade outside 一级 to 五级 with the field named', async () => {
    const error = await refusal(maker, 'mentoring.saveMentor', {
      traineeId: await person('王师傅'),
      jobTypeId: electrician,
      grade: 7,
    });
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error)).toContain('师傅等级为一级到五级');
  });
});

describe('signing', () => {
  it.each([
    ['a target above the mentor', { targetGrade: 1 }, '目标等级不能高于师傅本人的等级'],
    ['a start before signing', { startDate: '2026-01-10' }, '开始日期不能早于签订日期'],
    ['a signing date in the future', { signedOn: '2026-06-01', startDate: '2026-06-01' }, '在今天之后'],
  ])('refuses %s', async (_, extra, message) => {
    const m = await mentor();
    const error = await refusal(maker, 'mentoring.sign', terms(m.id, await person('陈徒弟'), extra));
    expect(error.message).toContain(message);
  });

  it('refuses a period outside 12 to 36 months in the form', async () => {
    const m = await mentor();
    const error = await refusal(maker, 'mentoring.sign', terms(m.id, await person('陈徒弟'), { months: 37 }));
    expect(JSON.stringify(error)).toContain('带徒期限最长 3 年（36 个月）');
  });

  it('refuses the mentor as their own apprentice, a target the apprentice holds, and a second running pair', async () => {
    const m = await mentor();
    expect((await refusal(maker, 'mentoring.sign', terms(m.id, m.traineeId))).message).toBe('师傅和徒弟不能是同一人');
    const apprentice = await person('陈徒弟');
    await call(core, 'eligibility.addHeldGrade', {
      traineeId: apprentice,
      jobTypeId: electrician,
      grade: 3,
      obtainedOn: '2024-05-01',
    });
    expect((await refusal(maker, 'mentoring.sign', terms(m.id, apprentice))).message).toBe(
      '目标等级须高于徒弟现有的等级',
    );
    await call(core, 'mentoring.sign', terms(m.id, apprentice, { targetGrade: 2 }), maker);
    const other = await mentor('郑师傅', 1);
    expect((await refusal(maker, 'mentoring.sign', terms(other.id, apprentice, { targetGrade: 2 }))).message).toContain(
      '已有一份带徒中的协议',
    );
  });
});

describe('a monthly allowance, paid by one person and confirmed by another', () => {
  it('pays the months served, once each, and reconciles', async () => {
    const m = await mentor();
    const signed = await call(core, 'mentoring.sign', terms(m.id, await person('陈徒弟')), maker);
    expect(signed).toMatchObject({ endDate: '2027-02-01', state: 'active', objectionUntil: '2026-03-01' });
    expect(signed.schedule.filter((i) => i.status === 'due').map((i) => i.label)).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(instalment(signed, 4).paymentRefusal).toBe('发放条件还未满足');
    expect(
      (
        await refusal(maker, 'mentoring.enterPayment', {
          agreementId: signed.id,
          seq: 1,
          amountFen: 19999,
          paidOn: today,
        })
      ).message,
    ).toContain('200.00 元');

    const entered = await call(
      core,
      'mentoring.enterPayment',
      { agreementId: signed.id, seq: 1, amountFen: 20000, paidOn: today, note: '付2026-051' },
      maker,
    );
    expect(instalment(entered, 1).status).toBe('awaiting');
    const pending = await call(core, 'mentoring.pendingPayments', {});
    expect(pending.rows.map((r) => r.instalmentLabel)).toEqual(['第 1 笔（2026-02）']);
    const paymentIds = pending.rows.map((r) => r.id);

    const own = await refusal(maker, 'mentoring.confirmPayments', { paymentIds });
    expect(own.message).toContain('须由另一人完成');
    expect((await refusal(plainClerk, 'mentoring.confirmPayments', { paymentIds })).code).toBe('FORBIDDEN');
    expect(await call(core, 'mentoring.confirmPayments', { paymentIds }, checker)).toEqual({
      confirmed: 1,
      totalFen: 20000,
    });
    expect((await refusal(checker, 'mentoring.confirmPayments', { paymentIds })).message).toContain('已经复核过');

    const paid = await call(core, 'mentoring.agreement', { id: signed.id });
    expect(instalment(paid, 1)).toMatchObject({ status: 'paid', paymentRefusal: '这一笔已经发放过，不能重复发放' });
    expect(paid.summary).toMatchObject({ planned: 240000, paid: 20000, due: 40000, upcoming: 180000, forfeited: 0 });
    expect(reconciles(paid)).toBe(true);

    // A reversal is a new entry, confirmed by another; then the month is due again.
    const reversed = await call(
      core,
      'mentoring.reversePayment',
      { paymentId: paymentIds[0]!, on: today, reason: '错发给另一名师傅' },
      maker,
    );
    expect(instalment(reversed, 1).entries.map((e) => e.stateLabel)).toEqual(['已复核', '冲销待复核']);
    await call(core, 'mentoring.confirmPayments', { paymentIds: [instalment(reversed, 1).entries[1]!.id] }, checker);
    const again = await call(core, 'mentoring.agreement', { id: signed.id });
    expect(instalment(again, 1).status).toBe('due');
    expect(again.summary.paid).toBe(0);
    expect((await call(core, 'mentoring.figures', {})).allowancePaidFen).toBe(0);
  });

  it('stops the months not served on an early termination, once nothing awaits its checker', async () => {
    const m = await mentor();
    const signed = await call(core, 'mentoring.sign', terms(m.id, await person('陈徒弟')), maker);
    await call(
      core,
      'mentoring.enterPayment',
      { agreementId: signed.id, seq: 1, amountFen: 20000, paidOn: today },
      maker,
    );
    const input = { agreementId: signed.id, reason: 'apprenticeLeft', on: '2026-04-20', note: '徒弟调往外地' } as const;
    expect((await refusal(maker, 'mentoring.terminate', input)).message).toContain('1 笔发放待复核');
    expect((await refusal(maker, 'mentoring.terminate', { ...input, reason: 'objection' })).message).toContain(
      '首月异议须在 2026-03-01 前提出',
    );
    const pending = await call(core, 'mentoring.pendingPayments', {});
    await call(core, 'mentoring.returnPayments', { paymentIds: [pending.rows[0]!.id], note: '凭证号不对' }, checker);
    const ended = await call(core, 'mentoring.terminate', input, maker);
    expect(ended).toMatchObject({
      state: 'terminated',
      terminationReasonLabel: '徒弟离职或调岗',
      stateLabel: '提前解除',
    });
    expect(ended.schedule.filter((i) => i.status === 'due').length).toBe(2);
    expect(ended.summary).toMatchObject({ due: 40000, forfeited: 200000, upcoming: 0 });
    expect(reconciles(ended)).toBe(true);
    expect((await refusal(maker, 'mentoring.terminate', input)).message).toBe('协议已提前解除，不能再解除');
  });
});

describe('出师考核 and the outcome', () => {
  const byResult = { allowanceMode: 'byAssessment' as const, allowanceFen: 240000 };

  it('comes after the period; 及格 pays half, the other half is forfeited', async () => {
    const m = await mentor();
    const signed = await call(core, 'mentoring.sign', terms(m.id, await person('陈徒弟'), byResult), maker);
    const assess = { agreementId: signed.id, result: 'pass', on: '2026-05-10' } as const;
    expect((await refusal(maker, 'mentoring.assess', assess)).message).toBe(
      '带徒期至 2027-02-01 才满，出师考核须在期满后进行',
    );
    expect(signed.schedule.every((i) => i.status === 'upcoming')).toBe(true);
    today = '2027-02-20';
    const passed = await call(core, 'mentoring.assess', { ...assess, on: '2027-02-10' }, maker);
    expect(passed).toMatchObject({ state: 'completed', assessmentLabel: '及格', reachedTarget: false });
    expect(passed.schedule.map((i) => i.status)).toEqual(['due', 'forfeited']);
    expect(passed.summary).toMatchObject({ due: 120000, forfeited: 120000 });
    await call(
      core,
      'mentoring.enterPayment',
      { agreementId: signed.id, seq: 1, amountFen: 120000, paidOn: today },
      maker,
    );
    const [row] = (await call(core, 'mentoring.pendingPayments', {})).rows;
    await call(core, 'mentoring.confirmPayments', { paymentIds: [row!.id] }, checker);
    const paid = await call(core, 'mentoring.agreement', { id: signed.id });
    expect(paid.summary).toMatchObject({ paid: 120000, due: 0, forfeited: 120000 });
    expect(
      (
        await refusal(maker, 'mentoring.enterPayment', {
          agreementId: signed.id,
          seq: 2,
          amountFen: 120000,
          paidOn: today,
        })
      ).message,
    ).toBe('这一笔已取消，不能发放');
  });

  it('reads the target grade from the grade history, on the mentor page and in the figures', async () => {
    const m = await mentor();
    const apprentice = await person('陈徒弟');
    const signed = await call(core, 'mentoring.sign', terms(m.id, apprentice), maker);
    await call(core, 'eligibility.addHeldGrade', {
      traineeId: apprentice,
      jobTypeId: electrician,
      grade: 3,
      obtainedOn: '2026-05-01',
    });
    today = '2027-02-20';
    const done = await call(
      core,
      'mentoring.assess',
      { agreementId: signed.id, result: 'excellent', on: '2027-02-15' },
      maker,
    );
    expect(done).toMatchObject({ reachedTarget: true, reachedOn: '2026-05-01', assessmentLabel: '优秀' });
    expect(done.apprenticeGrades.map((g) => g.gradeLabel)).toEqual(['三级/高级工']);
    const page = await call(core, 'mentoring.mentor', { id: m.id });
    expect(page).toMatchObject({ total: 1, completed: 1, reachedTarget: 1, active: 0 });
    expect(page.agreements.map((a) => `${a.apprenticeName} ${a.stateLabel}`)).toEqual(['陈徒弟 已出师']);
    expect(await call(core, 'mentoring.figures', {})).toMatchObject({
      mentors: 1,
      activePairs: 0,
      apprentices: 1,
      completed: 1,
      reachedTarget: 1,
    });
    const asTrainee = await call(core, 'mentoring.ofTrainee', { traineeId: apprentice });
    expect(asTrainee.mentor).toBeNull();
    expect(asTrainee.asApprentice.map((a) => a.mentorName)).toEqual(['林师傅']);
    expect((await call(core, 'mentoring.ofTrainee', { traineeId: m.traineeId })).asMentor.length).toBe(1);
  });

  it('renews a failed agreement for one more year with another mentor, once', async () => {
    const m = await mentor();
    const signed = await call(core, 'mentoring.sign', terms(m.id, await person('陈徒弟')), maker);
    today = '2027-02-20';
    await call(core, 'mentoring.assess', { agreementId: signed.id, result: 'fail', on: '2027-02-15' }, maker);
    const renewal = { agreementId: signed.id, mentorId: m.id, signedOn: '2027-02-18', startDate: '2027-03-01' };
    expect((await refusal(maker, 'mentoring.renew', renewal)).message).toBe('续签须更换师傅');
    const other = await mentor('郑师傅', 2);
    const renewed = await call(core, 'mentoring.renew', { ...renewal, mentorId: other.id }, maker);
    expect(renewed).toMatchObject({ mentorName: '郑师傅', months: 12, endDate: '2028-03-01', renewsId: signed.id });
    expect((await call(core, 'mentoring.agreement', { id: signed.id })).renewedById).toBe(renewed.id);
    expect((await refusal(maker, 'mentoring.renew', { ...renewal, mentorId: other.id })).message).toBe(
      '这份协议已经续签过',
    );
  });

  it('keeps periodic reviews with the hours taught', async () => {
    const m = await mentor();
    const signed = await call(core, 'mentoring.sign', terms(m.id, await person('陈徒弟')), maker);
    const reviewed = await call(
      core,
      'mentoring.review',
      { agreementId: signed.id, reviewedOn: '2026-05-01', hoursDone: 60, rating: 'good', content: '已掌握配电柜接线' },
      maker,
    );
    expect(reviewed.reviews.map((r) => `${r.ratingLabel} ${r.hoursDone}`)).toEqual(['良好 60']);
    expect(reviewed.hoursDone).toBe(60);
    expect(
      (
        await refusal(maker, 'mentoring.review', {
          agreementId: signed.id,
          reviewedOn: '2026-01-01',
          hoursDone: 0,
          rating: 'good',
          content: '—',
        })
      ).message,
    ).toContain('不能早于协议开始日期');
  });
});

describe('the agreement list', () => {
  it('filters by state and name and pages newest first', async () => {
    const m = await mentor();
    for (const name of ['陈一', '陈二', '李三'])
      await call(core, 'mentoring.sign', terms(m.id, await person(name)), maker);
    const first = await call(core, 'mentoring.agreements', { limit: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => r.apprenticeName)).toEqual(['李三', '陈二']);
    const rest = await call(core, 'mentoring.agreements', { limit: 2, before: first.next });
    expect(rest.rows.map((r) => r.apprenticeName)).toEqual(['陈一']);
    expect((await call(core, 'mentoring.agreements', { filter: { search: '陈' } })).total).toBe(2);
    expect((await call(core, 'mentoring.agreements', { filter: { state: 'completed' } })).total).toBe(0);
    expect((await call(core, 'mentoring.mentors', { search: '林' })).rows[0]).toMatchObject({ active: 3, total: 3 });
  });
});
