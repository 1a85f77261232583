import { gradeStep, isHigherGrade, type Grade } from '../grades';
import { addYears } from './calendar';
import { describeRequirement, describeRoute, titleLabels } from './describe';
import { ruleSets } from './rule-sets';
import type {
  EligibilityDecision,
  JobTypeRules,
  Requirement,
  Route,
  RouteRef,
  TitleLevel,
  TraineeHistory,
} from './types';

/** How one requirement or one route stands today. */
type Standing =
  | { state: 'met'; on: string }
  | { state: 'wait'; on: string }
  | { state: 'unmet'; reasons: string[] }
  | { state: 'unknown'; facts: string[] };

const always = '0000-01-01';
const titleRank: Record<TitleLevel, number> = { junior: 1, intermediate: 2, senior: 3 };

export interface DecisionInput {
  rules: JobTypeRules;
  grade: Grade;
  history: TraineeHistory;
  /** YYYY-MM-DD; the engine never reads a clock. */
  today: string;
}

// A search decides thousands of trainees against one rules value: its routes are worked out once.
const routeCache = new WeakMap<JobTypeRules, Map<Grade, Route[]>>();

/** The routes of a job type's grade after the base's adjustments. */
export function effectiveRoutes(rules: JobTypeRules, grade: Grade): Route[] {
  let byGrade = routeCache.get(rules);
  if (!byGrade) routeCache.set(rules, (byGrade = new Map()));
  let routes = byGrade.get(grade);
  if (!routes) byGrade.set(grade, (routes = computeRoutes(rules, grade)));
  return routes;
}

function computeRoutes(rules: JobTypeRules, grade: Grade): Route[] {
  return ruleSets[rules.ruleSet].routes
    .filter((route) => route.grade === grade)
    .map((route) => applyOverride(route, rules.overrides[route.id]))
    .filter((route) => !route.off);
}

function applyOverride(route: Route, override: JobTypeRules['overrides'][string] | undefined): Route {
  if (!override) return route;
  const years = override.years;
  const target = years === undefined ? -1 : adjustableIndex(route);
  const requires = route.requires.map((r, i) => (i === target && 'years' in r ? { ...r, years: years! } : r));
  // Setting years turns on a route that ships off for lack of them (C2-4).
  return { ...route, requires, off: override.off ?? (years !== undefined ? false : route.off) };
}

/** The period a route counts: its first requirement with years, else its work requirement. */
function adjustableIndex(route: Route): number {
  const counted = route.requires.findIndex((r) => 'years' in r && r.years > 0);
  return counted >= 0 ? counted : route.requires.findIndex((r) => r.kind === 'work');
}

const versionCache = new WeakMap<JobTypeRules, string>();

/** "A/2018.1", plus the job type's adjustments when it has any, so a decision can be traced later. */
export function ruleVersion(rules: JobTypeRules): string {
  let version = versionCache.get(rules);
  if (version === undefined) versionCache.set(rules, (version = computeVersion(rules)));
  return version;
}

function computeVersion(rules: JobTypeRules): string {
  const set = ruleSets[rules.ruleSet];
  const adjusted = Object.entries(rules.overrides)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, o]) => `${id}${o.off ? ' 停用' : ''}${o.years !== undefined ? ` ${o.years}年` : ''}`);
  return adjusted.length === 0
    ? `${set.id}/${set.version}`
    : `${set.id}/${set.version}（本工种调整：${adjusted.join('、')}）`;
}

export function decide({ rules, grade, history, today }: DecisionInput): EligibilityDecision {
  const version = ruleVersion(rules);
  const own = history.heldGrades.filter((h) => h.jobTypeId === rules.jobTypeId);
  if (own.some((h) => h.grade === grade || isHigherGrade(h.grade, grade)))
    return { grade, ruleVersion: version, status: 'held' };
  if (!rules.offeredGrades.includes(grade)) {
    return { grade, ruleVersion: version, status: 'ineligible', missing: [`本工种不设${gradeStep(grade).level}`] };
  }
  const standings = effectiveRoutes(rules, grade).map((route) => ({
    route,
    standing: routeStanding(route, rules, history, today),
  }));

  const met = standings.filter((s) => s.standing.state === 'met');
  if (met.length > 0) {
    const first = earliestOf(met);
    return { grade, ruleVersion: version, status: 'eligible', route: ref(first.route), since: first.on };
  }
  const waiting = standings.filter((s) => s.standing.state === 'wait');
  const soonest = waiting.length > 0 ? earliestOf(waiting) : null;
  const unknown = standings.flatMap((s) => (s.standing.state === 'unknown' ? s.standing.facts : []));
  if (unknown.length > 0) {
    return {
      grade,
      ruleVersion: version,
      status: 'undecidable',
      missingFacts: [...new Set(unknown)],
      earliest: soonest?.on ?? null,
    };
  }
  if (soonest)
    return { grade, ruleVersion: version, status: 'waiting', route: ref(soonest.route), earliest: soonest.on };
  const missing = standings.map(
    (s) => `${s.route.id}：${s.standing.state === 'unmet' ? s.standing.reasons.join('；') : ''}`,
  );
  return { grade, ruleVersion: version, status: 'ineligible', missing };
}

function earliestOf(list: { route: Route; standing: Standing }[]): { route: Route; on: string } {
  const dated = list.map(({ route, standing }) => ({ route, on: 'on' in standing ? standing.on : always }));
  return dated.reduce((best, next) => (next.on < best.on ? next : best));
}

// Routes are immutable values, so their descriptions are worth keeping between decisions.
const descriptions = new WeakMap<Route, string>();

function ref(route: Route): RouteRef {
  let description = descriptions.get(route);
  if (description === undefined) descriptions.set(route, (description = describeRoute(route)));
  return { id: route.id, description, unverified: route.unverified ?? false };
}

function routeStanding(route: Route, rules: JobTypeRules, history: TraineeHistory, today: string): Standing {
  const parts = route.requires.map((r) => requirementStanding(r, rules, history, today));
  const unmet = parts.flatMap((p) => (p.state === 'unmet' ? p.reasons : []));
  if (unmet.length > 0) return { state: 'unmet', reasons: unmet };
  const unknown = parts.flatMap((p) => (p.state === 'unknown' ? p.facts : []));
  if (unknown.length > 0) return { state: 'unknown', facts: unknown };
  const on = parts.reduce((latest, p) => ('on' in p && p.on > latest ? p.on : latest), always);
  return { state: on <= today ? 'met' : 'wait', on };
}

/** Met or waiting from a start date plus whole years; unknown when the start date is missing. */
function elapsed(start: string | null, years: number, today: string, fact: string): Standing {
  if (start === null) return { state: 'unknown', facts: [fact] };
  const on = addYears(start, years);
  return { state: on <= today ? 'met' : 'wait', on };
}

function requirementStanding(r: Requirement, rules: JobTypeRules, history: TraineeHistory, today: string): Standing {
  const need = () => `需${describeRequirement(r)}`;
  switch (r.kind) {
    case 'grade': {
      const held = history.heldGrades.filter(
        (h) =>
          (h.jobTypeId === rules.jobTypeId || rules.relatedJobTypeIds.includes(h.jobTypeId)) &&
          (h.grade === r.grade || isHigherGrade(h.grade, r.grade)),
      );
      if (held.length === 0) return { state: 'unmet', reasons: [need()] };
      const dates = held.map((h) => h.obtainedOn).filter((d): d is string => d !== null);
      if (dates.length === 0) return { state: 'unknown', facts: [`${gradeStep(r.grade).level}证书取得日期`] };
      const standing = elapsed(dates.sort()[0]!, r.years, today, '');
      // An undated certificate could be the older one and already complete the years.
      return standing.state === 'wait' && dates.length < held.length
        ? { state: 'unknown', facts: [`${gradeStep(r.grade).level}证书取得日期`] }
        : standing;
    }
    case 'work':
      return elapsed(history.workStartDate, r.years, today, '参加工作时间');
    case 'age':
      return elapsed(history.birthDate, r.years, today, '出生日期');
    case 'title': {
      const titles = history.titles.filter((t) => titleRank[t.level] >= titleRank[r.level]);
      if (titles.length === 0) return { state: 'unmet', reasons: [need()] };
      const dates = titles
        .map((t) => t.obtainedOn)
        .filter((d): d is string => d !== null)
        .sort();
      return dates.length === 0
        ? { state: 'unknown', facts: [`${titleLabels[r.level]}取得日期`] }
        : elapsed(dates[0]!, r.years, today, '');
    }
    case 'school':
    case 'enrolled': {
      const statuses =
        r.kind === 'enrolled'
          ? ['enrolled', 'finalYear']
          : r.finalYearAccepted
            ? ['graduated', 'finalYear']
            : ['graduated'];
      const fitting = history.schooling.filter((s) => r.anyOf.includes(s.kind) && statuses.includes(s.status));
      if (fitting.some((s) => !r.relatedMajor || s.relatedMajor === true)) return { state: 'met', on: always };
      const unchecked = fitting.some((s) => s.relatedMajor === null);
      return { state: 'unmet', reasons: [unchecked ? `${need()}（所学专业是否对口未核实）` : need()] };
    }
    case 'apprenticeship':
      return history.apprenticeshipCompletedOn === null
        ? { state: 'unmet', reasons: [need()] }
        : { state: 'met', on: history.apprenticeshipCompletedOn };
    case 'training': {
      const done = history.trainingsCompleted
        .filter((t) => t.jobTypeId === rules.jobTypeId && t.grade === r.grade)
        .map((t) => t.completedOn)
        .sort();
      return done.length === 0 ? { state: 'unmet', reasons: [need()] } : { state: 'met', on: done[0]! };
    }
  }
}
