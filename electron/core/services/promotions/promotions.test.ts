import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '@shared/contract/infra/roles';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { call, createTestCore, type TestCore } from '../../testing';

let core: TestCore;
afterEach(() => core.dispose());

const clock = { now: () => new Date('2026-06-15T04:00:00Z') };
const clerk: Actor = { id: 'clerk-1', name: '业务员甲', role: 'clerk' };
const reviewer: Actor = { id: 'clerk-2', name: '业务员乙', role: 'clerk', duties: ['approvePromotions'] };
const clerkWithDuty: Actor = { ...clerk, duties: ['approvePromotions'] };

function idNumber(serial: number): string {
  const first17 = `35058219900101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

async function cityCompetition(inPlan = true) {
  core = createTestCore({ clock });
  const electrician = (await call(core, 'jobTypes.list', {})).find((j) => j.name === '电工')!.id;
  const people: string[] = [];
  for (let i = 1; i <= 12; i++) {
    people.push(
      (
        await call(core, 'trainees.create', {
          name: `选手${i}`,
          idNumber: idNumber(i),
          phone: '',
          education: '',
          enterpriseId: null,
          jobTitle: '',
          workStartDate: '2010-01-01',
        })
      ).id,
    );
  }
  // 选手4 already holds 技师 in 电工: a top-10 place at a city 一类 contest lifts them to 高级技师.
  await call(core, 'eligibility.addHeldGrade', {
    traineeId: people[3]!,
    jobTypeId: electrician,
    grade: 2,
    obtainedOn: '2020-01-01',
  });
  const competition = await call(
    core,
    'competitions.create',
    {
      name: '泉州市电工职业技能竞赛',
      year: 2026,
      level: 'city1',
      inPlan,
      planDocumentNo: inPlan ? '泉人社〔2026〕8号' : '',
      jobTypeId: electrician,
      endDate: '2026-05-20',
    },
    clerk,
  );
  for (const traineeId of people)
    await call(core, 'competitions.addEntry', { competitionId: competition.id, traineeId, group: 'workers' }, clerk);
  const entries = await call(core, 'competitions.entries', { competitionId: competition.id });
  const rows = entries.map((e) => {
    const rank = people.indexOf(e.traineeId) + 1;
    return {
      entryId: e.id,
      scores: [String(100 - rank), String(90 - rank)],
      rank: String(rank),
      award: null,
      absent: false,
      prizeFen: 0,
    };
  });
  await call(core, 'competitions.saveResults', { competitionId: competition.id, rows }, clerk);
  return { competition, electrician, people };
}

describe('a city competition promotes through the ledger', () => {
  it('publishing proposes the rule rows’ promotions with reasons; another person approves them into the grade history', async () => {
    const { competition, electrician, people } = await cityCompetition();
    expect(competition.rules.map((r) => r.text)).toEqual([
      '职工组 第 1–10 名 → 二级/技师，已持有的晋升高一级',
      '学生组 第 1–10 名 → 三级/高级工',
    ]);
    const outcome = await call(core, 'competitions.publish', { competitionId: competition.id }, clerk);
    expect(outcome.promoted).toHaveLength(10);
    expect(outcome.promoted.find((p) => p.name === '选手4')!.reason).toBe(
      '市级一类竞赛第 4 名 → 二级/技师；已持有二级/技师，晋升为一级/高级技师',
    );
    expect(outcome.none.map((n) => n.reason)).toEqual([
      '市级一类竞赛第 11 名，不在晋升名次内',
      '市级一类竞赛第 12 名，不在晋升名次内',
    ]);

    const pending = await call(core, 'promotions.pendingIds', { filter: { competitionId: competition.id } });
    expect(pending.ids).toHaveLength(10);
    // Maker-checker: the clerk who published cannot approve their own proposals, even holding the duty,
    // and a batch with one of them in it is refused whole; a clerk without the duty cannot approve at all.
    const own = await core.dispatch('promotions.approve', { ids: pending.ids.slice(0, 1) }, clerkWithDuty);
    expect(!own.ok && own.error).toMatchObject({
      code: 'FORBIDDEN',
      message: '核准晋升须由另一人完成：提交其中的晋升记录的是您本人，请由其他有权限的同事核准晋升',
    });
    const noDuty = await core.dispatch('promotions.approve', { ids: pending.ids }, { ...reviewer, duties: [] });
    expect(!noDuty.ok && noDuty.error.message).toContain('审批技能晋升');
    expect((await call(core, 'promotions.pendingIds', { filter: { competitionId: competition.id } })).ids).toHaveLength(
      10,
    );
    const approved = await call(core, 'promotions.approve', { ids: pending.ids }, reviewer);
    expect(approved).toEqual({ done: 10, refused: [] });

    const view = await call(core, 'eligibility.forTrainee', { traineeId: people[0]! });
    expect(view.history.map((h) => [h.jobTypeId, h.grade, h.source])).toEqual([[electrician, 2, 'competition']]);
    const ledger = await call(core, 'promotions.ofTrainee', { traineeId: people[3]! });
    expect(ledger.promotions[0]).toMatchObject({
      path: 'competition',
      state: 'approved',
      fromGrade: 2,
      toGrade: 1,
      decidedByName: '业务员乙',
    });
    expect(ledger.promotions[0]!.evidence).toMatchObject({
      kind: 'competition',
      competitionName: '泉州市电工职业技能竞赛',
      rank: 4,
    });
  });

  it('a competition outside the annual plan proposes nothing, and says why for everyone', async () => {
    const { competition } = await cityCompetition(false);
    const outcome = await call(core, 'competitions.publish', { competitionId: competition.id }, clerk);
    expect(outcome.promoted).toEqual([]);
    expect(new Set(outcome.none.map((n) => n.reason))).toEqual(new Set(['竞赛未纳入年度竞赛计划，不能据此晋升等级']));
  });

  it('a revoked promotion leaves the grade history and keeps its reason on the record', async () => {
    const { competition, people } = await cityCompetition();
    await call(core, 'competitions.publish', { competitionId: competition.id }, clerk);
    const first = (await call(core, 'promotions.ofTrainee', { traineeId: people[0]! })).promotions[0]!;
    await call(core, 'promotions.approve', { ids: [first.id] }, reviewer);
    await call(core, 'promotions.revoke', { id: first.id, reason: '竞赛成绩复核有误' });
    expect((await call(core, 'eligibility.forTrainee', { traineeId: people[0]! })).history).toEqual([]);
    expect((await call(core, 'promotions.ofTrainee', { traineeId: people[0]! })).promotions[0]).toMatchObject({
      revokedReason: '竞赛成绩复核有误',
    });
  });
});

describe('a grade the ledger granted leaves the grade history only by revoking its promotion', () => {
  it('the grade history refuses to delete it, names the way, and keeps grade and promotion as they were', async () => {
    const { competition, electrician, people } = await cityCompetition();
    await call(core, 'competitions.publish', { competitionId: competition.id }, clerk);
    const first = (await call(core, 'promotions.ofTrainee', { traineeId: people[0]! })).promotions[0]!;
    await call(core, 'promotions.approve', { ids: [first.id] }, reviewer);
    const [grade] = (await call(core, 'eligibility.forTrainee', { traineeId: people[0]! })).history;
    expect(grade).toMatchObject({ jobTypeId: electrician, grade: 2, source: 'competition', promotionId: first.id });

    const removed = await core.dispatch('eligibility.removeHeldGrade', { id: grade!.id }, clerk);
    expect(!removed.ok && removed.error).toMatchObject({
      code: 'CONFLICT',
      message: '这条等级由技能晋升核准写入，不能在这里删除；如有误，请由管理员在晋升记录中撤销该晋升并填写原因',
    });
    expect((await call(core, 'eligibility.forTrainee', { traineeId: people[0]! })).history).toHaveLength(1);
    expect((await call(core, 'promotions.ofTrainee', { traineeId: people[0]! })).promotions[0]).toMatchObject({
      state: 'approved',
      revokedReason: null,
    });
  });

  it('a certificate typed in as already held carries no promotion and is still deleted when typed in wrongly', async () => {
    const { electrician, people } = await cityCompetition();
    const [typed] = (await call(core, 'eligibility.forTrainee', { traineeId: people[3]! })).history;
    expect(typed).toMatchObject({ jobTypeId: electrician, grade: 2, source: 'record', promotionId: null });
    await call(core, 'eligibility.removeHeldGrade', { id: typed!.id }, clerk);
    expect((await call(core, 'eligibility.forTrainee', { traineeId: people[3]! })).history).toEqual([]);
  });
});
