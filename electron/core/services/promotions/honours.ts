import type { Parsed } from '../../../../shared/contract';
import type { HonourRow } from '../../../../shared/contract/promotions';
import { honourLabels } from '../../../../shared/domain/promotions/honours';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import * as store from './store';

export function honourRows(ctx: HandlerContext, traineeId: string): HonourRow[] {
  return store.honoursOf(ctx, traineeId).map((h) => ({
    id: h.id,
    kind: h.kind,
    title: h.title,
    awardingBody: h.awardingBody,
    awardedOn: h.awardedOn,
    documentNo: h.documentNo,
    competitionName: h.competitionName,
    recordedByName: h.recordedByName,
  }));
}

export function recordHonour(ctx: HandlerContext, input: Parsed<'promotions.recordHonour'>): HonourRow[] {
  const person = store.traineeExists(ctx, input.traineeId);
  if (!person) throw new AppError('NOT_FOUND', '学员不存在或已删除');
  if (input.kind === 'other' && input.title === '')
    throw new AppError('VALIDATION', '请填写荣誉名称', { issues: [{ field: 'title', message: '请填写荣誉名称' }] });
  if (input.awardedOn > ctx.today) throw new AppError('VALIDATION', `授予日期 ${input.awardedOn} 晚于今天`);
  const id = store.insertHonour(ctx, { ...input, competitionEntryId: null });
  ctx.audit({
    recordIds: [id],
    summary: `登记荣誉：${person.name} ${input.title || honourLabels[input.kind]}（${input.awardingBody}）`,
  });
  return honourRows(ctx, input.traineeId);
}

/** Honours for the winners of a published competition in the annual plan (an unplanned one names no honours). */
export function recordCompetitionHonours(ctx: HandlerContext, input: Parsed<'promotions.recordCompetitionHonours'>) {
  const competition = store.getCompetition(ctx, input.competitionId);
  if (competition.publishedAt === null) throw new AppError('CONFLICT', '竞赛结果发布后才能登记获奖选手的荣誉');
  if (!competition.inPlan) throw new AppError('CONFLICT', `“${competition.name}”未纳入年度竞赛计划，不能据此授予荣誉`);
  const entries = new Map(store.entriesOf(ctx, competition.id).map((e) => [e.id, e]));
  let recorded = 0;
  for (const entryId of input.entryIds) {
    const entry = entries.get(entryId);
    if (!entry) throw new AppError('VALIDATION', '所选选手不在该竞赛的参赛名单中');
    if (store.honourExists(ctx, entry.traineeId, input.kind, entry.id)) continue;
    store.insertHonour(ctx, {
      traineeId: entry.traineeId,
      kind: input.kind,
      title: '',
      awardingBody: input.awardingBody,
      awardedOn: input.awardedOn,
      documentNo: input.documentNo,
      competitionEntryId: entry.id,
    });
    recorded++;
  }
  ctx.audit({
    recordIds: [competition.id],
    summary: `“${competition.name}”登记${honourLabels[input.kind]} ${recorded} 人（${input.awardingBody}）`,
  });
  return { recorded };
}

export function removeHonour(ctx: HandlerContext, id: string) {
  const honour = store.getHonour(ctx, id);
  store.softDeleteHonour(ctx, id);
  ctx.audit({ recordIds: [id], summary: `删除荣誉：${honour.title || honourLabels[honour.kind]}` });
  return { removed: true as const };
}
