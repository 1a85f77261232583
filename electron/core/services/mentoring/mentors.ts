import type { MentorDetail, MentorRow, TitleRow } from '@shared/contract/mentoring';
import type { Parsed } from '@shared/contract';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { maskIdNumber } from '@shared/domain/masking';
import { mentorTitleLabels, type MentorTitle } from '@shared/domain/mentoring/agreements';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { toAgreementRows } from './rows';
import * as store from './store';

export function requireMentor(ctx: HandlerContext, id: string): store.MentorRecord {
  const row = store.mentorById(ctx, id);
  if (!row) throw new AppError('NOT_FOUND', '这位师傅不存在或已删除');
  return row;
}

const toTitleRow = (t: store.TitleRecord): TitleRow => ({
  id: t.id,
  title: t.title,
  titleLabel: mentorTitleLabels[t.title],
  round: t.round,
  year: t.year,
  awardedBy: t.awardedBy,
});

/** Mentors with their titles and the outcomes of their agreements, in the order given. */
export function toMentorRows(ctx: HandlerContext, records: readonly store.MentorRecord[]): MentorRow[] {
  const ids = records.map((m) => m.id);
  const titles = store.titlesOf(ctx, ids);
  const agreements = toAgreementRows(ctx, store.agreementsOfMentors(ctx, ids));
  return records.map((m) => {
    const own = agreements.filter((a) => a.mentorId === m.id);
    return {
      id: m.id,
      traineeId: m.traineeId,
      name: m.name,
      idMasked: maskIdNumber(m.idNumber),
      enterpriseName: m.enterpriseName,
      jobTypeId: m.jobTypeId,
      jobTypeName: m.jobTypeName,
      grade: m.grade,
      gradeLabel: gradeLabel(m.grade as Grade),
      post: m.post,
      note: m.note,
      titles: titles.filter((t) => t.mentorId === m.id).map(toTitleRow),
      active: own.filter((a) => a.state === 'active').length,
      total: own.length,
      completed: own.filter((a) => a.state === 'completed').length,
      reachedTarget: own.filter((a) => a.reachedTarget).length,
    };
  });
}

export function mentorDetail(ctx: HandlerContext, id: string): MentorDetail {
  const mentor = requireMentor(ctx, id);
  return {
    ...toMentorRows(ctx, [mentor])[0]!,
    agreements: toAgreementRows(ctx, store.agreementsOfMentors(ctx, [id])),
  };
}

export function mentorPage(ctx: HandlerContext, input: { search: string; title?: MentorTitle; limit: number }) {
  return {
    rows: toMentorRows(ctx, store.mentorPage(ctx, input.search, input.title, input.limit)),
    total: store.mentorCount(ctx, input.search, input.title),
  };
}

/** 登记师傅: a worker on record, once; their job type, grade and post may be corrected later. */
export function saveMentor(ctx: HandlerContext, input: Parsed<'mentoring.saveMentor'>): MentorDetail {
  const person = store.person(ctx, input.traineeId);
  if (!person) throw new AppError('NOT_FOUND', '这名学员不存在或已删除');
  if (!store.jobTypeExists(ctx, input.jobTypeId)) throw new AppError('NOT_FOUND', '没有这个工种');
  const values = { ...input, id: input.id ?? ctx.newId() };
  if (input.id) {
    const before = requireMentor(ctx, input.id);
    if (before.traineeId !== input.traineeId) throw new AppError('CONFLICT', '不能把师傅记录换成另一个人');
    store.updateMentor(ctx, values, ctx.now);
  } else {
    const existing = store.mentorOfTrainee(ctx, input.traineeId);
    if (existing) throw new AppError('CONFLICT', `${person.name}已登记为师傅`);
    store.insertMentor(ctx, values, ctx.now);
  }
  const detail = mentorDetail(ctx, values.id);
  ctx.audit({
    recordIds: [values.id, input.traineeId],
    summary: `${input.id ? '修改' : '登记'}师傅${person.name}：${detail.jobTypeName} ${detail.gradeLabel}`,
  });
  return detail;
}

export function addTitle(ctx: HandlerContext, input: Parsed<'mentoring.addTitle'>): MentorDetail {
  const mentor = requireMentor(ctx, input.mentorId);
  if (store.sameTitle(ctx, input))
    throw new AppError('CONFLICT', `${mentor.name}的“${input.round}”${mentorTitleLabels[input.title]}已登记过`);
  const id = ctx.newId();
  store.insertTitle(ctx, { ...input, id }, ctx.now);
  ctx.audit({
    recordIds: [id, mentor.id],
    summary: `登记${mentor.name}为${input.round}${mentorTitleLabels[input.title]}${input.awardedBy ? `（${input.awardedBy}）` : ''}`,
  });
  return mentorDetail(ctx, mentor.id);
}

export function removeTitle(ctx: HandlerContext, id: string): MentorDetail {
  const title = store.titleById(ctx, id);
  if (!title) throw new AppError('NOT_FOUND', '这项称号不存在或已删除');
  const mentor = requireMentor(ctx, title.mentorId);
  store.deleteTitle(ctx, id, ctx.now);
  ctx.audit({
    recordIds: [id, mentor.id],
    summary: `删除${mentor.name}的称号：${title.round}${mentorTitleLabels[title.title]}`,
  });
  return mentorDetail(ctx, mentor.id);
}
