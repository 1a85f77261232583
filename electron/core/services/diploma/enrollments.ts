import type { EnrollmentDetail, EnrollmentFilter, EnrollmentRow } from '@shared/contract/diploma';
import {
  diplomaMoves,
  diplomaStateLabels,
  endedStates,
  moveLabels,
  moveRefusal,
  type DiplomaState,
} from '@shared/domain/diploma/lifecycle';
import { earliestGraduation, enrolmentExpiry, intakeLabel } from '@shared/domain/diploma/programmes';
import {
  defaultSchemes,
  describeScheme,
  forfeitOnMove,
  forfeitReasonLabels,
  schemeEligibility,
  type SubsidyFacts,
} from '@shared/domain/diploma/schemes';
import { maskIdNumber } from '@shared/domain/masking';
import { reachedTarget } from '@shared/domain/mentoring/agreements';
import { forfeitureRefusal } from '@shared/domain/money/instalments';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { programmeLabel, requireProgramme, toProgrammeRow } from './programmes';
import * as store from './store';
import { planView, planEntries } from './subsidy';

export function requireEnrollment(ctx: HandlerContext, id: string) {
  const row = store.enrollmentById(ctx, id);
  if (!row) throw new AppError('NOT_FOUND', '这条学历报名不存在或已删除');
  return row;
}

export function enrollmentPage(
  ctx: HandlerContext,
  input: { filter: EnrollmentFilter; before: string | null; limit: number },
): { rows: EnrollmentRow[]; total: number; next: string | null } {
  const records = store.enrollmentPage(ctx, input.filter, input.before, input.limit);
  const programmes = new Map<string, ReturnType<typeof toProgrammeRow>>();
  const programmeOf = (id: string) => {
    let row = programmes.get(id);
    if (!row) {
      row = toProgrammeRow(store.programmeById(ctx, id)!);
      programmes.set(id, row);
    }
    return row;
  };
  const rows = records.map((r): EnrollmentRow => {
    const programme = programmeOf(r.programmeId);
    return {
      id: r.id,
      traineeId: r.traineeId,
      traineeName: r.traineeName,
      idMasked: maskIdNumber(r.idNumber),
      enterpriseName: r.enterpriseName,
      programmeId: r.programmeId,
      programmeLabel: `${programme.intakeLabel} ${programme.major}`,
      school: programme.school,
      level: programme.level,
      state: r.state,
      stateLabel: diplomaStateLabels[r.state],
      studentNo: r.studentNo,
      appliedOn: r.appliedOn,
      admittedOn: r.admittedOn,
      schemes: r.schemes ? r.schemes.split('、') : [],
    };
  });
  return {
    rows,
    total: store.enrollmentCount(ctx, input.filter),
    next: rows.length === input.limit ? rows[rows.length - 1]!.id : null,
  };
}

export function enrollmentDetail(ctx: HandlerContext, id: string): EnrollmentDetail {
  const e = requireEnrollment(ctx, id);
  const programme = toProgrammeRow(requireProgramme(ctx, e.programmeId));
  const trainee = store.trainee(ctx, e.traineeId);
  const facts = JSON.parse(e.facts) as SubsidyFacts;
  const plans = store.plansOf(ctx, e.id).map((plan) => planView(ctx, e, plan));
  const held = plans.map((p) => ({ code: p.schemeCode, name: p.schemeName, excludes: p.excludes }));
  const target =
    e.targetJobTypeId && e.targetGrade && e.targetDeadline
      ? (() => {
          const hit = reachedTarget(e.targetGrade, e.appliedOn, store.gradesOf(ctx, e.traineeId, e.targetJobTypeId));
          return {
            jobTypeId: e.targetJobTypeId,
            jobTypeName: store.jobTypeName(ctx, e.targetJobTypeId) ?? '',
            grade: e.targetGrade,
            deadline: e.targetDeadline,
            status: hit.reached
              ? ('reached' as const)
              : e.targetDeadline < ctx.today
                ? ('missed' as const)
                : ('open' as const),
            reachedOn: hit.on,
          };
        })()
      : null;
  return {
    id: e.id,
    traineeId: e.traineeId,
    traineeName: trainee?.name ?? '',
    idMasked: trainee ? maskIdNumber(trainee.idNumber) : '',
    enterpriseName: trainee?.enterpriseName ?? '',
    programmeId: programme.id,
    programmeLabel: `${programme.intakeLabel} ${programme.major}`,
    school: programme.school,
    level: programme.level,
    state: e.state,
    stateLabel: diplomaStateLabels[e.state],
    studentNo: e.studentNo,
    appliedOn: e.appliedOn,
    admittedOn: e.admittedOn,
    endedOn: e.endedOn,
    stateNote: e.stateNote,
    yearsPassed: e.yearsPassed,
    facts,
    programme,
    moves: diplomaMoves[e.state].map((to) => ({ to, label: moveLabels[to] })),
    earliestGraduation: e.admittedOn ? earliestGraduation(programme.level, e.admittedOn) : null,
    expiresOn: e.admittedOn ? enrolmentExpiry(e.admittedOn) : null,
    target: target && { ...target, jobTypeName: `${target.jobTypeName} ${gradeLabel(target.grade as Grade)}`.trim() },
    schemes: plans.map((p) => p.schemeName),
    schemeOptions: defaultSchemes.map((scheme) => {
      const planned = plans.some((p) => p.schemeCode === scheme.code);
      const result = schemeEligibility(
        scheme,
        facts,
        held.filter((h) => h.code !== scheme.code),
      );
      return {
        code: scheme.code,
        name: scheme.name,
        funder: scheme.funder,
        description: describeScheme(scheme),
        eligible: result.eligible && !planned,
        lines: result.lines,
        planned,
      };
    }),
    plans: plans.map(({ excludes: _excludes, ...plan }) => plan),
  };
}

export function enroll(
  ctx: HandlerContext,
  input: {
    programmeId: string;
    traineeId: string;
    appliedOn: string;
    facts: SubsidyFacts;
    target: { jobTypeId: string; grade: number; deadline: string } | null;
  },
): EnrollmentDetail {
  const programme = requireProgramme(ctx, input.programmeId);
  const trainee = store.trainee(ctx, input.traineeId);
  if (!trainee) throw new AppError('NOT_FOUND', '这位学员不存在或已删除');
  if (input.appliedOn > ctx.today) {
    throw new AppError('VALIDATION', `报名日期 ${input.appliedOn} 在今天之后`, {
      issues: [{ field: 'appliedOn', message: '报名日期不能晚于今天' }],
    });
  }
  if (store.enrollmentOf(ctx, trainee.id, programme.id)) {
    throw new AppError('CONFLICT', `${trainee.name}已经报名了${programmeLabel(programme)}`);
  }
  if (input.target && !store.jobTypeName(ctx, input.target.jobTypeId)) {
    throw new AppError('NOT_FOUND', '技能目标的工种不存在');
  }
  const id = ctx.newId();
  store.insertEnrollment(ctx, {
    id,
    createdAt: ctx.now,
    programmeId: programme.id,
    traineeId: trainee.id,
    state: 'applied',
    appliedOn: input.appliedOn,
    admittedOn: null,
    endedOn: null,
    studentNo: '',
    stateNote: '',
    yearsPassed: 0,
    facts: JSON.stringify(input.facts),
    targetJobTypeId: input.target?.jobTypeId ?? null,
    targetGrade: input.target?.grade ?? null,
    targetDeadline: input.target?.deadline ?? null,
  });
  ctx.audit({
    recordIds: [id, trainee.id],
    summary: `${trainee.name}报名学历提升：${programmeLabel(programme)}`,
  });
  return enrollmentDetail(ctx, id);
}

/**
 * One step of the lifecycle, checked by the rules; leaving study (退学, 中断, 学籍过期) stops the
 * remaining tranches of every plan in the same transaction, and waits while a payment is half-way.
 */
export function move(
  ctx: HandlerContext,
  input: { enrollmentId: string; to: DiplomaState; on: string; note: string; studentNo: string },
): EnrollmentDetail {
  const e = requireEnrollment(ctx, input.enrollmentId);
  const programme = requireProgramme(ctx, e.programmeId);
  const refusal = moveRefusal(e.state, input.to, {
    level: programme.level,
    admittedOn: e.admittedOn,
    on: input.on,
    today: ctx.today,
    note: input.note,
    studentNo: input.to === 'admitted' ? input.studentNo : e.studentNo,
  });
  if (refusal) throw new AppError('CONFLICT', refusal);
  const plans = store.plansOf(ctx, e.id).filter((p) => p.forfeitedOn === null);
  const forfeit = forfeitOnMove(input.to);
  if (forfeit) {
    for (const plan of plans) {
      const waiting = forfeitureRefusal(planEntries(ctx, plan.id));
      if (waiting) throw new AppError('CONFLICT', `${plan.schemeName}：${waiting}`);
    }
  }
  const ended = endedStates.includes(input.to);
  store.updateEnrollmentState(ctx, {
    id: e.id,
    state: input.to,
    admittedOn: input.to === 'admitted' ? input.on : e.admittedOn,
    endedOn: ended ? input.on : e.endedOn,
    studentNo: input.to === 'admitted' ? input.studentNo.trim() : e.studentNo,
    stateNote: input.note.trim() || e.stateNote,
    now: ctx.now,
  });
  if (forfeit) {
    for (const plan of plans) {
      store.forfeitPlan(ctx, {
        id: plan.id,
        on: input.on,
        reason: forfeit,
        note: `${diplomaStateLabels[input.to]}${input.note ? `：${input.note}` : ''}`,
        now: ctx.now,
      });
    }
  }
  const trainee = store.trainee(ctx, e.traineeId);
  ctx.audit({
    recordIds: [e.id, ...plans.map((p) => p.id)],
    summary:
      `${trainee?.name ?? ''}（${intakeLabel(programme.intakeYear, programme.intakeTerm)} ${programme.school} ${programme.major}）` +
      `${moveLabels[input.to]}，日期 ${input.on}${input.note ? `，${input.note}` : ''}` +
      (forfeit && plans.length
        ? `；${plans.map((p) => p.schemeName).join('、')}剩余各笔${forfeitReasonLabels[forfeit]}而取消`
        : ''),
  });
  return enrollmentDetail(ctx, e.id);
}

/** Academic years are passed one at a time while studying; a programme has at most its 8-year validity. */
export function passYear(ctx: HandlerContext, enrollmentId: string): EnrollmentDetail {
  const e = requireEnrollment(ctx, enrollmentId);
  if (e.state !== 'studying') {
    throw new AppError('CONFLICT', `“${diplomaStateLabels[e.state]}”的学员不能登记学年考核，须为在读`);
  }
  if (e.yearsPassed >= 8) throw new AppError('CONFLICT', '学籍有效期 8 年，已登记满 8 个学年');
  store.setYearsPassed(ctx, e.id, e.yearsPassed + 1, ctx.now);
  const trainee = store.trainee(ctx, e.traineeId);
  ctx.audit({ recordIds: [e.id], summary: `${trainee?.name ?? ''}第 ${e.yearsPassed + 1} 学年综合考核合格` });
  return enrollmentDetail(ctx, e.id);
}
