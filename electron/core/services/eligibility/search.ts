import type { EligibilitySearchResult, EligibleTrainee } from '../../../../shared/contract/eligibility';
import type { Parsed } from '../../../../shared/contract';
import { decide, explainDecision, ruleVersion, type HeldGrade } from '../../../../shared/domain/eligibility';
import { addMonths } from '../../../../shared/domain/eligibility/calendar';
import { highestGrade, type Grade } from '../../../../shared/domain/grades';
import { maskIdNumber } from '../../../../shared/domain/masking';
import type { HandlerContext } from '../../context';
import { rulesOf } from '../job-types/catalog';
import { toHistory, type TraineeFacts } from './history';

type SearchInput = Omit<Parsed<'eligibility.search'>, 'limit'>;

interface Candidate extends TraineeFacts {
  name: string;
  namePinyin: string;
  idNumber: string;
  enterpriseName: string | null;
}

/**
 * Who is eligible for grade G of job type J by today + N months. Candidates come from the grade
 * history of J and its related occupations (index trainee_grades_job_type), since every route above
 * 五级 but the years-of-work ones needs a certificate there; trainees with no such history are
 * scanned only when asked, on their years of work alone. Each candidate then goes through the
 * same engine as the trainee page, so the two never disagree.
 */
export function searchEligible(ctx: HandlerContext, input: SearchInput): EligibilitySearchResult & { all: EligibleTrainee[] } {
  const rules = rulesOf(ctx, input.jobTypeId);
  const counted = [rules.jobTypeId, ...rules.relatedJobTypeIds];
  const marks = counted.map(() => '?').join(', ');
  const asOf = addMonths(ctx.today, input.withinMonths);

  const held = new Map<string, HeldGrade[]>();
  const gradeRows = ctx.sqlite
    .prepare(`SELECT trainee_id AS traineeId, job_type_id AS jobTypeId, grade, obtained_on AS obtainedOn FROM trainee_grades WHERE job_type_id IN (${marks}) AND deleted_at IS NULL`)
    .all(...counted) as (HeldGrade & { traineeId: string })[];
  for (const { traineeId, ...grade } of gradeRows) held.set(traineeId, [...(held.get(traineeId) ?? []), grade]);

  const columns = `t.id, t.name, t.name_pinyin AS namePinyin, t.id_number AS idNumber, t.birth_date AS birthDate,
                   t.work_start_date AS workStartDate, t.education, e.name AS enterpriseName
              FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id`;
  const candidates = (
    input.includeWorkOnly
      ? ctx.sqlite.prepare(`SELECT ${columns} WHERE t.deleted_at IS NULL`).all()
      : ctx.sqlite
          .prepare(`SELECT ${columns} WHERE t.deleted_at IS NULL AND t.id IN (SELECT trainee_id FROM trainee_grades WHERE job_type_id IN (${marks}) AND deleted_at IS NULL)`)
          .all(...counted)
  ) as Candidate[];

  const eligible: (EligibleTrainee & { namePinyin: string })[] = [];
  for (const candidate of candidates) {
    const grades = held.get(candidate.id) ?? [];
    const decision = decide({ rules, grade: input.grade, history: toHistory(candidate, grades), today: asOf });
    if (decision.status !== 'eligible') continue;
    const line =
      decision.since <= ctx.today
        ? explainDecision(decision, ctx.today)
        : explainDecision({ ...decision, status: 'waiting', earliest: decision.since }, ctx.today);
    eligible.push({
      traineeId: candidate.id,
      name: candidate.name,
      namePinyin: candidate.namePinyin,
      idNumberMasked: maskIdNumber(candidate.idNumber),
      enterpriseName: candidate.enterpriseName ?? '',
      currentGrade: highestGrade(grades.filter((g) => g.jobTypeId === rules.jobTypeId).map((g) => g.grade as Grade)),
      since: decision.since,
      routeId: decision.route.id,
      line,
    });
  }
  eligible.sort((a, b) => (a.namePinyin < b.namePinyin ? -1 : a.namePinyin > b.namePinyin ? 1 : 0));
  const all = eligible.map(({ namePinyin: _p, ...row }) => row);
  return { asOf, total: all.length, candidates: candidates.length, rows: all, ruleVersion: ruleVersion(rules), all };
}
