import type { EligibilitySearchResult, EligibleTrainee } from '@shared/contract/eligibility';
import type { Parsed } from '@shared/contract';
import {
  addMonths,
  decide,
  effectiveRoutes,
  explainDecision,
  ruleVersion,
  type EligibilityDecision,
  type HeldGrade,
  type JobTypeRules,
} from '@shared/domain/eligibility';
import { highestGrade, type Grade } from '@shared/domain/grades';
import { maskIdNumber } from '@shared/domain/masking';
import type { HandlerContext } from '../../context';
import { rulesOf } from '../job-types/catalog';
import { factColumns, toHistory, type TraineeFacts } from './history';

export type SearchInput = Omit<Parsed<'eligibility.search'>, 'limit'>;

interface Candidate extends TraineeFacts {
  namePinyin: string;
}

interface Match {
  id: string;
  namePinyin: string;
  decision: Extract<EligibilityDecision, { status: 'eligible' }>;
  grades: HeldGrade[];
}

/**
 * Who is eligible for grade G of job type J by today + N months, sorted by pinyin. Candidates come
 * from the grade history of J and its related occupations (index trainee_grades_job_type), since
 * every route but the years-of-work, schooling, 职称 and apprenticeship ones needs a certificate
 * there; trainees with no such history count when one of those facts is recorded (partial index
 * trainees_qualified), and on years of work alone only when asked. Every candidate goes through the same
 * engine as the trainee page. Names, IDs and employers are read only for the rows returned.
 */
function prepare(ctx: HandlerContext, input: SearchInput) {
  const rules = rulesOf(ctx, input.jobTypeId);
  const counted = [rules.jobTypeId, ...rules.relatedJobTypeIds];
  const inCounted = `job_type_id IN (${counted.map(() => '?').join(', ')}) AND deleted_at IS NULL`;
  const asOf = addMonths(ctx.today, input.withinMonths);
  const held = new Map<string, HeldGrade[]>();
  const gradeRows = ctx.sqlite
    .prepare(
      `SELECT trainee_id AS traineeId, job_type_id AS jobTypeId, grade, obtained_on AS obtainedOn FROM trainee_grades WHERE ${inCounted}`,
    )
    .all(...counted) as (HeldGrade & { traineeId: string })[];
  for (const { traineeId, ...grade } of gradeRows) held.set(traineeId, [...(held.get(traineeId) ?? []), grade]);
  // The engine would answer "held" or "not eligible" for these without looking further.
  const threshold = priorGradeThreshold(rules, input.grade);
  const hopeful = [...held].filter(([, grades]) => {
    if (grades.some((g) => g.jobTypeId === rules.jobTypeId && g.grade <= input.grade)) return false;
    return threshold === null || grades.some((g) => g.grade <= threshold);
  });
  const factsOf = ctx.sqlite.prepare(
    `SELECT ${candidateColumns} WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
  );
  const withHistory: Candidate[] = [];
  for (let start = 0; start < hopeful.length; start += 5000) {
    withHistory.push(
      ...(factsOf.all(JSON.stringify(hopeful.slice(start, start + 5000).map(([id]) => id))) as Candidate[]),
    );
  }
  const matches: Match[] = [];
  for (const candidate of withHistory) {
    const grades = held.get(candidate.id)!;
    const decision = decide({ rules, grade: input.grade, history: toHistory(candidate, rules, grades), today: asOf });
    if (decision.status === 'eligible')
      matches.push({ id: candidate.id, namePinyin: candidate.namePinyin, decision, grades });
  }
  const withoutGrades = `deleted_at IS NULL AND id NOT IN (SELECT trainee_id FROM trainee_grades WHERE ${inCounted})`;
  // Schooling, 职称 or an apprenticeship can qualify without a certificate; few trainees have them recorded.
  const decideAlone = memoisedForNoHistory(rules, input.grade, asOf);
  const recorded = ctx.sqlite
    .prepare(`SELECT ${candidateColumns} WHERE ${withoutGrades} AND qualifications IS NOT NULL`)
    .all(...counted) as Candidate[];
  for (const candidate of recorded) {
    const decision = decideAlone(candidate);
    if (decision.status === 'eligible')
      matches.push({ id: candidate.id, namePinyin: candidate.namePinyin, decision, grades: [] });
  }
  /** Trainees with nothing but their years of work to go by. */
  const noHistory = `${withoutGrades} AND qualifications IS NULL`;
  return { rules, counted, asOf, matches, candidates: held.size + recorded.length, noHistory, decideAlone };
}

const candidateColumns = `${factColumns}, name_pinyin AS namePinyin FROM trainees`;
const byPinyin = (a: Match, b: Match) =>
  a.namePinyin < b.namePinyin ? -1 : a.namePinyin > b.namePinyin ? 1 : a.id < b.id ? -1 : 1;

/** Every match, for an export. */
export function findEligible(ctx: HandlerContext, input: SearchInput) {
  const prepared = prepare(ctx, input);
  const { matches, noHistory, counted, decideAlone } = prepared;
  if (input.includeWorkOnly) {
    for (const candidate of ctx.sqlite
      .prepare(`SELECT ${candidateColumns} WHERE ${noHistory}`)
      .all(...counted) as Candidate[]) {
      const decision = decideAlone(candidate);
      if (decision.status === 'eligible')
        matches.push({ id: candidate.id, namePinyin: candidate.namePinyin, decision, grades: [] });
    }
  }
  matches.sort(byPinyin);
  return prepared;
}

/**
 * One page for the screen. With years of work alone included, the trainees without history are
 * decided per (work start, education) group — one GROUP BY over the table — and the page is read
 * in pinyin order through the name index, stopping at the limit; a rule set with an age route
 * (where the birth date matters too) falls back to deciding row by row.
 */
export function searchEligible(ctx: HandlerContext, input: SearchInput, limit: number): EligibilitySearchResult {
  if (!input.includeWorkOnly || agesMatter(rulesOf(ctx, input.jobTypeId), input.grade)) {
    const { rules, asOf, matches, candidates, counted, noHistory } = findEligible(ctx, input);
    const scanned = input.includeWorkOnly
      ? (ctx.sqlite.prepare(`SELECT count(*) AS n FROM trainees WHERE ${noHistory}`).get(...counted) as { n: number }).n
      : 0;
    return {
      asOf,
      total: matches.length,
      candidates: candidates + scanned,
      rows: describeMatches(ctx, rules, matches.slice(0, limit)),
      ruleVersion: ruleVersion(rules),
    };
  }
  const { rules, asOf, matches, candidates, counted, noHistory, decideAlone } = prepare(ctx, input);
  const groups = ctx.sqlite
    .prepare(
      `SELECT work_start_date AS workStartDate, education, count(*) AS n FROM trainees WHERE ${noHistory} GROUP BY work_start_date, education`,
    )
    .all(...counted) as { workStartDate: string | null; education: string; n: number }[];
  const eligibleGroups = groups.filter(
    (g) => decideAlone({ id: '', namePinyin: '', birthDate: null, qualifications: null, ...g }).status === 'eligible',
  );
  const page = ctx.sqlite
    .prepare(
      `SELECT ${candidateColumns} WHERE ${noHistory}
          AND (work_start_date, education) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))
        ORDER BY name_pinyin LIMIT ?`,
    )
    .all(...counted, JSON.stringify(eligibleGroups.map((g) => [g.workStartDate, g.education])), limit) as Candidate[];
  for (const candidate of page)
    matches.push({
      id: candidate.id,
      namePinyin: candidate.namePinyin,
      decision: decideAlone(candidate) as Match['decision'],
      grades: [],
    });
  matches.sort(byPinyin);
  const total = matches.length - page.length + eligibleGroups.reduce((sum, g) => sum + g.n, 0);
  const scanned = groups.reduce((sum, g) => sum + g.n, 0);
  return {
    asOf,
    total,
    candidates: candidates + scanned,
    rows: describeMatches(ctx, rules, matches.slice(0, limit)),
    ruleVersion: ruleVersion(rules),
  };
}

/**
 * When every route of the grade needs a certificate, the lowest certificate that can count (e.g.
 * 4 for 三级 under rule set A); null when some route needs none (years of work, schooling).
 */
function priorGradeThreshold(rules: JobTypeRules, grade: Grade): number | null {
  const needed = effectiveRoutes(rules, grade).map(
    (route) => route.requires.find((r) => r.kind === 'grade')?.grade ?? null,
  );
  return needed.length === 0 || needed.includes(null) ? null : Math.max(...(needed as number[]));
}

function agesMatter(rules: JobTypeRules, grade: Grade): boolean {
  return effectiveRoutes(rules, grade).some((route) => route.requires.some((r) => r.kind === 'age'));
}

/**
 * Without a certificate in the occupation, a decision depends only on the work start, the
 * education, the recorded qualifications and (for routes with an age) the birth date, so each
 * combination is decided once.
 */
function memoisedForNoHistory(rules: JobTypeRules, grade: Grade, asOf: string) {
  const withAge = agesMatter(rules, grade);
  const memo = new Map<string, EligibilityDecision>();
  return (candidate: Candidate) => {
    const key = `${candidate.workStartDate}|${candidate.education}|${withAge ? candidate.birthDate : ''}|${candidate.qualifications ?? ''}`;
    let decision = memo.get(key);
    if (!decision)
      memo.set(key, (decision = decide({ rules, grade, history: toHistory(candidate, rules, []), today: asOf })));
    return decision;
  };
}

/** The rows a clerk sees, for the given slice of matches, read in chunks by id. */
export function describeMatches(ctx: HandlerContext, rules: JobTypeRules, matches: Match[]): EligibleTrainee[] {
  const read = ctx.sqlite.prepare(
    `SELECT t.id, t.name, t.id_number AS idNumber, e.name AS enterpriseName
       FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id WHERE t.id IN (SELECT value FROM json_each(?))`,
  );
  const rows: EligibleTrainee[] = [];
  for (let start = 0; start < matches.length; start += 5000) {
    const chunk = matches.slice(start, start + 5000);
    const people = new Map(
      (
        read.all(JSON.stringify(chunk.map((m) => m.id))) as {
          id: string;
          name: string;
          idNumber: string;
          enterpriseName: string | null;
        }[]
      ).map((p) => [p.id, p]),
    );
    for (const match of chunk) {
      const person = people.get(match.id)!;
      const { decision } = match;
      const line =
        decision.since <= ctx.today
          ? explainDecision(decision, ctx.today)
          : explainDecision({ ...decision, status: 'waiting', earliest: decision.since }, ctx.today);
      rows.push({
        traineeId: match.id,
        name: person.name,
        idNumberMasked: maskIdNumber(person.idNumber),
        enterpriseName: person.enterpriseName ?? '',
        currentGrade: highestGrade(
          match.grades.filter((g) => g.jobTypeId === rules.jobTypeId).map((g) => g.grade as Grade),
        ),
        since: decision.since,
        routeId: decision.route.id,
        line,
      });
    }
  }
  return rows;
}
