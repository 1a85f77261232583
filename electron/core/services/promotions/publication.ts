import type { PublicationOutcome } from '../../../../shared/contract/promotions';
import { evaluateEntries, type EntryFacts, type EntryOutcome } from '../../../../shared/domain/competitions/engine';
import { placingProblems } from '../../../../shared/domain/competitions/results';
import { ruleProblems } from '../../../../shared/domain/competitions/rules';
import type { Grade } from '../../../../shared/domain/grades';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import { requireDraft } from './competitions';
import * as store from './store';

/**
 * What publishing a competition gives each contestant, from its own rule rows and each person's
 * grade history, honours and earlier competition promotions this year. The preview and the
 * publication run this same function, so what the clerk saw is what is proposed.
 */
function evaluate(ctx: HandlerContext, competitionId: string) {
  const competition = requireDraft(ctx, competitionId);
  const rules = store.rulesOf(ctx, competitionId);
  const entries = store.entriesOf(ctx, competitionId);
  const traineeIds = entries.map((e) => e.traineeId);
  const held = competition.jobTypeId
    ? store.heldGrades(ctx, competition.jobTypeId, traineeIds)
    : new Map<string, Grade>();
  const slots = store.takenSlots(ctx, competition.year, traineeIds, competitionId);
  const barred = store.barringHonours(ctx, traineeIds);
  const facts: EntryFacts[] = entries.map((e) => ({
    entryId: e.id,
    group: e.contestantGroup,
    absent: e.absent,
    rank: e.rank,
    award: e.award,
    heldGrade: (e.heldGradeOverride as Grade | null) ?? held.get(e.traineeId) ?? null,
    promotedThisYear: slots.get(e.traineeId) ?? null,
    excludingHonour: barred.get(e.traineeId) ?? null,
  }));
  const parts = (JSON.parse(competition.scoreParts) as string[]).length;
  const problems = [
    ...(entries.length === 0 ? ['参赛名单是空的'] : []),
    ...(rules.length === 0 && competition.inPlan ? ['没有晋升规则：纳入计划的竞赛至少要有一条规则'] : []),
    ...ruleProblems(rules),
    ...placingProblems(
      entries.map((e) => ({
        key: e.id,
        label: e.name,
        group: e.contestantGroup,
        rank: e.rank,
        absent: e.absent,
        scores:
          parts === 0
            ? []
            : (JSON.parse(e.scores) as (number | null)[]).concat(Array(parts).fill(null)).slice(0, parts),
      })),
    ).values(),
  ];
  const outcomes = evaluateEntries(
    { level: competition.level, inPlan: competition.inPlan, jobTypeId: competition.jobTypeId },
    rules,
    facts,
  );
  return { competition, entries, outcomes, problems };
}

function describe(entries: store.EntryWithPerson[], outcomes: EntryOutcome[], problems: string[]): PublicationOutcome {
  const names = new Map(entries.map((e) => [e.id, e.name]));
  const promoted: PublicationOutcome['promoted'] = [];
  const none: PublicationOutcome['none'] = [];
  for (const o of outcomes) {
    if (o.kind === 'promote')
      promoted.push({
        entryId: o.entryId,
        name: names.get(o.entryId)!,
        fromGrade: o.fromGrade,
        toGrade: o.toGrade,
        reason: o.reason,
      });
    else none.push({ entryId: o.entryId, name: names.get(o.entryId)!, reason: o.reason });
  }
  return { promoted, none, problems };
}

export function previewPublication(ctx: HandlerContext, competitionId: string): PublicationOutcome {
  const { entries, outcomes, problems } = evaluate(ctx, competitionId);
  return describe(entries, outcomes, problems);
}

/** Publishes the results: each promotion the rules give becomes a proposal 待审核; nothing is granted here. */
export function publishCompetition(ctx: HandlerContext, competitionId: string): PublicationOutcome {
  const { competition, entries, outcomes, problems } = evaluate(ctx, competitionId);
  if (problems.length > 0)
    throw new AppError('VALIDATION', `还不能发布：${problems.join('；')}`, {
      issues: problems.map((message) => ({ field: 'entries', message })),
    });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const evidenceDate = competition.endDate ?? competition.startDate ?? ctx.today;
  for (const o of outcomes) {
    store.setEntryOutcome(ctx, o.entryId, o.reason);
    if (o.kind !== 'promote') continue;
    const entry = byId.get(o.entryId)!;
    store.insertPromotion(ctx, {
      traineeId: entry.traineeId,
      jobTypeId: competition.jobTypeId!,
      fromGrade: o.fromGrade,
      toGrade: o.toGrade,
      path: 'competition',
      state: 'pending',
      reason: o.reason,
      slotYear: competition.year,
      enrollmentId: null,
      competitionEntryId: entry.id,
      competitionRuleId: o.ruleId,
      documentNo: competition.planDocumentNo,
      issuingBody: competition.certifyingAgency,
      evidenceDate,
      decisionNote: '',
    });
  }
  store.markPublished(ctx, competitionId);
  const result = describe(entries, outcomes, []);
  ctx.audit({
    recordIds: [competitionId],
    summary: `发布“${competition.name}”结果：拟晋升 ${result.promoted.length} 人（待审核），不晋升 ${result.none.length} 人`,
  });
  return result;
}
