import type { Award, ContestantGroup } from '../../../../shared/domain/competitions/levels';
import type { PromotionRule, RuleDraft, RuleMatch } from '../../../../shared/domain/competitions/rules';
import type { Grade } from '../../../../shared/domain/grades';
import type { HonourKind } from '../../../../shared/domain/promotions/honours';
import { excludingHonours, honourLabels } from '../../../../shared/domain/promotions/honours';
import {
  slotHoldingStates,
  type PromotionPath,
  type PromotionState,
} from '../../../../shared/domain/promotions/ledger';
import type { LedgerFilter } from '../../../../shared/contract/promotions';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import type { competitionEntries, competitions, honours, promotions } from '../../db/schema';

/** Every SQL statement of the promotions area (competitions, the ledger, honours), typed from the schema. */

export type CompetitionRecord = typeof competitions.$inferSelect & { jobTypeName: string | null };
export type EntryRecord = typeof competitionEntries.$inferSelect;
export type PromotionRecord = typeof promotions.$inferSelect;
export type HonourRecord = typeof honours.$inferSelect;

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
/** SQLite hands booleans back as 0/1. */
const inPlanBoolean = <T extends { inPlan: boolean }>(row: T): T => ({
  ...row,
  inPlan: (row.inPlan as unknown) === 1 || row.inPlan === true,
});

// ── competitions ─────────────────────────────────────────────────────────────────────────────

const competitionColumns = `c.id, c.created_at AS createdAt, c.updated_at AS updatedAt, c.deleted_at AS deletedAt, c.name, c.edition, c.year, c.level,
  c.in_plan AS inPlan, c.plan_document_no AS planDocumentNo, c.host, c.organiser, c.co_organiser AS coOrganiser, c.job_type_id AS jobTypeId,
  c.event_name AS eventName, c.judging_grade AS judgingGrade, c.start_date AS startDate, c.end_date AS endDate, c.venue,
  c.certifying_agency AS certifyingAgency, c.score_parts AS scoreParts, c.published_at AS publishedAt, c.published_by_name AS publishedByName,
  j.name AS jobTypeName`;

export type CompetitionValues = Omit<
  typeof competitions.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'publishedAt' | 'publishedByName'
>;

export function getCompetition(ctx: HandlerContext, id: string): CompetitionRecord {
  const row = ctx.sqlite
    .prepare(
      `SELECT ${competitionColumns} FROM competitions c LEFT JOIN job_types j ON j.id = c.job_type_id WHERE c.id = ? AND c.deleted_at IS NULL`,
    )
    .get(id) as CompetitionRecord | undefined;
  if (!row) throw new AppError('NOT_FOUND', '竞赛不存在或已删除');
  return inPlanBoolean(row);
}

export function listCompetitions(ctx: HandlerContext, year: number | null, q: string) {
  const where = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (year !== null) {
    where.push('c.year = ?');
    params.push(year);
  }
  if (q !== '') {
    where.push("(c.name LIKE ? ESCAPE '\\' OR c.event_name LIKE ? ESCAPE '\\')");
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    params.push(like, like);
  }
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${competitionColumns},
         (SELECT count(*) FROM competition_entries e WHERE e.competition_id = c.id AND e.deleted_at IS NULL) AS entries,
         (SELECT count(*) FROM competition_entries e JOIN promotions p ON p.competition_entry_id = e.id AND p.deleted_at IS NULL
           WHERE e.competition_id = c.id AND e.deleted_at IS NULL AND p.state <> 'rejected') AS promotions
       FROM competitions c LEFT JOIN job_types j ON j.id = c.job_type_id
       WHERE ${where.join(' AND ')} ORDER BY c.year DESC, coalesce(c.end_date, c.start_date, c.created_at) DESC, c.id DESC LIMIT 2000`,
    )
    .all(...params) as (CompetitionRecord & { entries: number; promotions: number })[];
  return rows.map(inPlanBoolean);
}

export function insertCompetition(ctx: HandlerContext, values: CompetitionValues): string {
  const id = ctx.newId();
  ctx.sqlite
    .prepare(
      `INSERT INTO competitions (id, created_at, updated_at, name, edition, year, level, in_plan, plan_document_no, host, organiser, co_organiser,
         job_type_id, event_name, judging_grade, start_date, end_date, venue, certifying_agency, score_parts)
       VALUES (@id, @now, @now, @name, @edition, @year, @level, @inPlan, @planDocumentNo, @host, @organiser, @coOrganiser,
         @jobTypeId, @eventName, @judgingGrade, @startDate, @endDate, @venue, @certifyingAgency, @scoreParts)`,
    )
    .run(competitionParams(ctx, id, values));
  return id;
}

export function updateCompetition(ctx: HandlerContext, id: string, values: CompetitionValues) {
  ctx.sqlite
    .prepare(
      `UPDATE competitions SET updated_at = @now, name = @name, edition = @edition, year = @year, level = @level, in_plan = @inPlan,
         plan_document_no = @planDocumentNo, host = @host, organiser = @organiser, co_organiser = @coOrganiser, job_type_id = @jobTypeId,
         event_name = @eventName, judging_grade = @judgingGrade, start_date = @startDate, end_date = @endDate, venue = @venue,
         certifying_agency = @certifyingAgency, score_parts = @scoreParts WHERE id = @id`,
    )
    .run(competitionParams(ctx, id, values));
}

function competitionParams(ctx: HandlerContext, id: string, v: CompetitionValues) {
  return {
    id,
    now: ctx.now,
    name: v.name,
    edition: v.edition ?? '',
    year: v.year,
    level: v.level,
    inPlan: v.inPlan ? 1 : 0,
    planDocumentNo: v.planDocumentNo ?? '',
    host: v.host ?? '',
    organiser: v.organiser ?? '',
    coOrganiser: v.coOrganiser ?? '',
    jobTypeId: v.jobTypeId ?? null,
    eventName: v.eventName ?? '',
    judgingGrade: v.judgingGrade ?? null,
    startDate: v.startDate ?? null,
    endDate: v.endDate ?? null,
    venue: v.venue ?? '',
    certifyingAgency: v.certifyingAgency ?? '',
    scoreParts: v.scoreParts,
  };
}

export function jobTypeExists(ctx: HandlerContext, jobTypeId: string): boolean {
  return ctx.sqlite.prepare('SELECT 1 FROM job_types WHERE id = ?').get(jobTypeId) !== undefined;
}

export function markPublished(ctx: HandlerContext, id: string) {
  ctx.sqlite
    .prepare('UPDATE competitions SET published_at = ?, published_by_name = ?, updated_at = ? WHERE id = ?')
    .run(ctx.now, ctx.actor.name, ctx.now, id);
}

export function softDeleteCompetition(ctx: HandlerContext, id: string) {
  ctx.sqlite
    .prepare(
      'UPDATE competition_entries SET deleted_at = ?, updated_at = ? WHERE competition_id = ? AND deleted_at IS NULL',
    )
    .run(ctx.now, ctx.now, id);
  ctx.sqlite
    .prepare(
      'UPDATE competition_rules SET deleted_at = ?, updated_at = ? WHERE competition_id = ? AND deleted_at IS NULL',
    )
    .run(ctx.now, ctx.now, id);
  ctx.sqlite.prepare('UPDATE competitions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
}

// ── rule rows ───────────────────────────────────────────────────────────────────────────────

interface RuleRecord {
  id: string;
  group: ContestantGroup;
  matchKind: RuleMatch['kind'];
  rankFrom: number | null;
  rankTo: number | null;
  awards: string | null;
  percent: number | null;
  targetGrade: Grade;
  stepUpIfHeld: number;
}

export function rulesOf(ctx: HandlerContext, competitionId: string): PromotionRule[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, contestant_group AS "group", match_kind AS matchKind, rank_from AS rankFrom, rank_to AS rankTo, awards, percent,
         target_grade AS targetGrade, step_up_if_held AS stepUpIfHeld
       FROM competition_rules WHERE competition_id = ? AND deleted_at IS NULL ORDER BY seq`,
    )
    .all(competitionId) as RuleRecord[];
  return rows.map((r) => ({
    id: r.id,
    group: r.group,
    targetGrade: r.targetGrade,
    stepUpIfHeld: r.stepUpIfHeld === 1,
    match: toMatch(r),
  }));
}

function toMatch(r: RuleRecord): RuleMatch {
  switch (r.matchKind) {
    case 'ranks':
      return { kind: 'ranks', from: r.rankFrom!, to: r.rankTo! };
    case 'awards':
      return { kind: 'awards', awards: JSON.parse(r.awards ?? '[]') as Award[] };
    case 'topPercent':
      return { kind: 'topPercent', percent: r.percent! };
  }
}

/** Replaces the rule rows (the old ones stay, soft-deleted, so a published proposal keeps the row it names). */
export function replaceRules(ctx: HandlerContext, competitionId: string, rules: readonly RuleDraft[]) {
  ctx.sqlite
    .prepare(
      'UPDATE competition_rules SET deleted_at = ?, updated_at = ? WHERE competition_id = ? AND deleted_at IS NULL',
    )
    .run(ctx.now, ctx.now, competitionId);
  const insert = ctx.sqlite.prepare(
    `INSERT INTO competition_rules (id, created_at, updated_at, competition_id, seq, contestant_group, match_kind, rank_from, rank_to, awards, percent, target_grade, step_up_if_held)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  rules.forEach((rule, seq) => {
    const m = rule.match;
    insert.run(
      ctx.newId(),
      ctx.now,
      ctx.now,
      competitionId,
      seq,
      rule.group,
      m.kind,
      m.kind === 'ranks' ? m.from : null,
      m.kind === 'ranks' ? m.to : null,
      m.kind === 'awards' ? JSON.stringify(m.awards) : null,
      m.kind === 'topPercent' ? m.percent : null,
      rule.targetGrade,
      rule.stepUpIfHeld ? 1 : 0,
    );
  });
}

export function ruleById(ctx: HandlerContext, ruleId: string): PromotionRule | null {
  const row = ctx.sqlite
    .prepare(
      `SELECT id, contestant_group AS "group", match_kind AS matchKind, rank_from AS rankFrom, rank_to AS rankTo, awards, percent,
         target_grade AS targetGrade, step_up_if_held AS stepUpIfHeld FROM competition_rules WHERE id = ?`,
    )
    .get(ruleId) as RuleRecord | undefined;
  return row
    ? {
        id: row.id,
        group: row.group,
        targetGrade: row.targetGrade,
        stepUpIfHeld: row.stepUpIfHeld === 1,
        match: toMatch(row),
      }
    : null;
}

// ── entries ─────────────────────────────────────────────────────────────────────────────────

export type EntryWithPerson = EntryRecord & {
  name: string;
  idNumber: string;
  enterpriseId: string | null;
  promotionState: PromotionState | null;
};

const entryColumns = `e.id, e.created_at AS createdAt, e.updated_at AS updatedAt, e.deleted_at AS deletedAt, e.competition_id AS competitionId,
  e.trainee_id AS traineeId, e.contestant_group AS contestantGroup, e.unit_name AS unitName, e.team_name AS teamName, e.scores, e.total,
  e.rank, e.award, e.absent, e.prize_fen AS prizeFen, e.held_grade_override AS heldGradeOverride, e.held_grade_note AS heldGradeNote, e.outcome,
  t.name, t.id_number AS idNumber, t.enterprise_id AS enterpriseId,
  (SELECT p.state FROM promotions p WHERE p.competition_entry_id = e.id AND p.deleted_at IS NULL) AS promotionState`;

export function entriesOf(ctx: HandlerContext, competitionId: string): EntryWithPerson[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${entryColumns} FROM competition_entries e JOIN trainees t ON t.id = e.trainee_id
       WHERE e.competition_id = ? AND e.deleted_at IS NULL ORDER BY e.contestant_group DESC, e.rank IS NULL, e.rank, t.name_pinyin, e.id`,
    )
    .all(competitionId) as EntryWithPerson[];
  return rows.map((r) => ({ ...r, absent: (r.absent as unknown) === 1 }));
}

export function getEntry(ctx: HandlerContext, entryId: string): EntryWithPerson {
  const row = ctx.sqlite
    .prepare(
      `SELECT ${entryColumns} FROM competition_entries e JOIN trainees t ON t.id = e.trainee_id WHERE e.id = ? AND e.deleted_at IS NULL`,
    )
    .get(entryId) as EntryWithPerson | undefined;
  if (!row) throw new AppError('NOT_FOUND', '参赛记录不存在或已移除');
  return { ...row, absent: (row.absent as unknown) === 1 };
}

export function entryOfTrainee(ctx: HandlerContext, competitionId: string, traineeId: string): string | null {
  const row = ctx.sqlite
    .prepare('SELECT id FROM competition_entries WHERE competition_id = ? AND trainee_id = ? AND deleted_at IS NULL')
    .get(competitionId, traineeId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function insertEntry(
  ctx: HandlerContext,
  e: { competitionId: string; traineeId: string; group: ContestantGroup; unitName: string; teamName: string },
): string {
  const id = ctx.newId();
  ctx.sqlite
    .prepare(
      `INSERT INTO competition_entries (id, created_at, updated_at, competition_id, trainee_id, contestant_group, unit_name, team_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, ctx.now, ctx.now, e.competitionId, e.traineeId, e.group, e.unitName, e.teamName);
  return id;
}

export function updateEntrySignUp(
  ctx: HandlerContext,
  entryId: string,
  e: { group: ContestantGroup; unitName: string; teamName: string },
) {
  ctx.sqlite
    .prepare(
      "UPDATE competition_entries SET updated_at = ?, contestant_group = ?, unit_name = coalesce(nullif(?, ''), unit_name), team_name = coalesce(nullif(?, ''), team_name) WHERE id = ?",
    )
    .run(ctx.now, e.group, e.unitName, e.teamName, entryId);
}

export interface EntryResult {
  scores: (number | null)[];
  total: number | null;
  rank: number | null;
  award: Award | null;
  absent: boolean;
  prizeFen: number;
}

export function updateEntryResult(ctx: HandlerContext, entryId: string, r: EntryResult) {
  ctx.sqlite
    .prepare(
      'UPDATE competition_entries SET updated_at = ?, scores = ?, total = ?, rank = ?, award = ?, absent = ?, prize_fen = ? WHERE id = ?',
    )
    .run(ctx.now, JSON.stringify(r.scores), r.total, r.rank, r.award, r.absent ? 1 : 0, r.prizeFen, entryId);
}

export function setHeldGradeOverride(ctx: HandlerContext, entryId: string, grade: Grade | null, note: string) {
  ctx.sqlite
    .prepare('UPDATE competition_entries SET updated_at = ?, held_grade_override = ?, held_grade_note = ? WHERE id = ?')
    .run(ctx.now, grade, note, entryId);
}

export function setEntryOutcome(ctx: HandlerContext, entryId: string, outcome: string) {
  ctx.sqlite
    .prepare('UPDATE competition_entries SET outcome = ?, updated_at = ? WHERE id = ?')
    .run(outcome, ctx.now, entryId);
}

export function softDeleteEntry(ctx: HandlerContext, entryId: string) {
  ctx.sqlite
    .prepare('UPDATE competition_entries SET deleted_at = ?, updated_at = ? WHERE id = ?')
    .run(ctx.now, ctx.now, entryId);
}

export function traineesByIdNumber(
  ctx: HandlerContext,
  idNumbers: readonly string[],
): Map<string, { id: string; name: string; deletedAt: string | null }> {
  const found = new Map<string, { id: string; name: string; deletedAt: string | null }>();
  const statement = ctx.sqlite.prepare(
    'SELECT id, name, id_number AS idNumber, deleted_at AS deletedAt FROM trainees WHERE id_number = ?',
  );
  for (const idNumber of idNumbers) {
    const row = statement.get(idNumber) as
      { id: string; name: string; idNumber: string; deletedAt: string | null } | undefined;
    if (row) found.set(idNumber, row);
  }
  return found;
}

export function traineeExists(ctx: HandlerContext, traineeId: string): { name: string; enterpriseName: string } | null {
  const row = ctx.sqlite
    .prepare(
      "SELECT t.name, coalesce(en.name, '') AS enterpriseName FROM trainees t LEFT JOIN enterprises en ON en.id = t.enterprise_id WHERE t.id = ? AND t.deleted_at IS NULL",
    )
    .get(traineeId) as { name: string; enterpriseName: string } | undefined;
  return row ?? null;
}

export function enterpriseIdByName(ctx: HandlerContext, name: string): string | null {
  const row = ctx.sqlite.prepare('SELECT id FROM enterprises WHERE name = ? AND deleted_at IS NULL').get(name) as
    { id: string } | undefined;
  return row?.id ?? null;
}

// ── facts the rule engine reads ───────────────────────────────────────────────────────────────

/** The highest live grade each trainee holds in a job type. */
export function heldGrades(ctx: HandlerContext, jobTypeId: string, traineeIds: readonly string[]): Map<string, Grade> {
  const statement = ctx.sqlite.prepare(
    'SELECT min(grade) AS grade FROM trainee_grades WHERE trainee_id = ? AND job_type_id = ? AND deleted_at IS NULL',
  );
  const held = new Map<string, Grade>();
  for (const id of traineeIds) {
    const row = statement.get(id, jobTypeId) as { grade: Grade | null };
    if (row.grade !== null) held.set(id, row.grade);
  }
  return held;
}

/** Who already holds this year's competition slot (a live proposal or promotion), in words. */
export function takenSlots(
  ctx: HandlerContext,
  year: number,
  traineeIds: readonly string[],
  exceptCompetitionId: string,
): Map<string, string> {
  const statement = ctx.sqlite.prepare(
    `SELECT c.name FROM promotions p JOIN competition_entries e ON e.id = p.competition_entry_id JOIN competitions c ON c.id = e.competition_id
      WHERE p.trainee_id = ? AND p.slot_year = ? AND p.deleted_at IS NULL AND p.state IN (${list(slotHoldingStates.length)}) AND c.id <> ? LIMIT 1`,
  );
  const taken = new Map<string, string>();
  for (const id of traineeIds) {
    const row = statement.get(id, year, ...slotHoldingStates, exceptCompetitionId) as { name: string } | undefined;
    if (row) taken.set(id, `${year} 年 ${row.name}`);
  }
  return taken;
}

/** Holders of an honour that bars them from entering as contestants. */
export function barringHonours(ctx: HandlerContext, traineeIds: readonly string[]): Map<string, string> {
  const statement = ctx.sqlite.prepare(
    `SELECT kind FROM honours WHERE trainee_id = ? AND deleted_at IS NULL AND kind IN (${list(excludingHonours.length)}) LIMIT 1`,
  );
  const barred = new Map<string, string>();
  for (const id of traineeIds) {
    const row = statement.get(id, ...excludingHonours) as { kind: HonourKind } | undefined;
    if (row) barred.set(id, honourLabels[row.kind]);
  }
  return barred;
}

// ── the ledger ──────────────────────────────────────────────────────────────────────────────

export type PromotionValues = Pick<
  PromotionRecord,
  | 'traineeId'
  | 'jobTypeId'
  | 'fromGrade'
  | 'toGrade'
  | 'path'
  | 'state'
  | 'reason'
  | 'slotYear'
  | 'enrollmentId'
  | 'competitionEntryId'
  | 'competitionRuleId'
  | 'documentNo'
  | 'issuingBody'
  | 'evidenceDate'
  | 'decisionNote'
> & { gradeId?: string | null; decided?: boolean };

export function insertPromotion(ctx: HandlerContext, v: PromotionValues): string {
  const id = ctx.newId();
  const decided = v.decided === true;
  ctx.sqlite
    .prepare(
      `INSERT INTO promotions (id, created_at, updated_at, trainee_id, enterprise_id, job_type_id, from_grade, to_grade, path, state, reason, slot_year,
         enrollment_id, competition_entry_id, competition_rule_id, document_no, issuing_body, evidence_date, proposed_by_id, proposed_by_name,
         decided_by_id, decided_by_name, decided_at, decision_note, grade_id)
       VALUES (?, ?, ?, ?, (SELECT enterprise_id FROM trainees WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      ctx.now,
      ctx.now,
      v.traineeId,
      v.traineeId,
      v.jobTypeId,
      v.fromGrade,
      v.toGrade,
      v.path,
      v.state,
      v.reason,
      v.slotYear,
      v.enrollmentId,
      v.competitionEntryId,
      v.competitionRuleId,
      v.documentNo,
      v.issuingBody,
      v.evidenceDate,
      ctx.actor.id,
      ctx.actor.name,
      decided ? ctx.actor.id : null,
      decided ? ctx.actor.name : null,
      decided ? ctx.now : null,
      v.decisionNote,
      v.gradeId ?? null,
    );
  return id;
}

const promotionColumns = `p.id, p.created_at AS createdAt, p.updated_at AS updatedAt, p.deleted_at AS deletedAt, p.trainee_id AS traineeId,
  p.enterprise_id AS enterpriseId, p.job_type_id AS jobTypeId, p.from_grade AS fromGrade, p.to_grade AS toGrade, p.path, p.state, p.reason,
  p.slot_year AS slotYear, p.enrollment_id AS enrollmentId, p.competition_entry_id AS competitionEntryId, p.competition_rule_id AS competitionRuleId,
  p.document_no AS documentNo, p.issuing_body AS issuingBody, p.evidence_date AS evidenceDate, p.proposed_by_id AS proposedById,
  p.proposed_by_name AS proposedByName, p.decided_by_id AS decidedById, p.decided_by_name AS decidedByName, p.decided_at AS decidedAt,
  p.decision_note AS decisionNote, p.grade_id AS gradeId, p.certificate_no AS certificateNo, p.certified_on AS certifiedOn,
  p.revoked_reason AS revokedReason`;

/** A ledger row with what the screens show beside it: the person, the unit, the job type and the evidence's names. */
export type LedgerRecord = PromotionRecord & {
  name: string;
  idNumber: string;
  enterpriseName: string;
  jobTypeName: string;
  cohortId: string | null;
  cohortName: string | null;
  publishedAt: string | null;
  competitionId: string | null;
  competitionName: string | null;
  rank: number | null;
};

const ledgerJoins = `JOIN trainees t ON t.id = p.trainee_id
  JOIN job_types j ON j.id = p.job_type_id
  LEFT JOIN enterprises en ON en.id = p.enterprise_id
  LEFT JOIN enrollments er ON er.id = p.enrollment_id
  LEFT JOIN cohorts co ON co.id = er.cohort_id
  LEFT JOIN competition_entries ce ON ce.id = p.competition_entry_id
  LEFT JOIN competitions cp ON cp.id = ce.competition_id`;
const ledgerColumns = `${promotionColumns}, t.name, t.id_number AS idNumber, coalesce(en.name, '') AS enterpriseName, j.name AS jobTypeName,
  co.id AS cohortId, co.name AS cohortName, er.result_published_at AS publishedAt, cp.id AS competitionId, cp.name AS competitionName, ce.rank`;

function ledgerWhere(filter: Required<{ [K in keyof LedgerFilter]: NonNullable<LedgerFilter[K]> | null }>) {
  const where = ['p.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.path) add('p.path = ?', filter.path);
  if (filter.state) add('p.state = ?', filter.state);
  if (filter.jobTypeId) add('p.job_type_id = ?', filter.jobTypeId);
  if (filter.toGrade !== null) add('p.to_grade = ?', filter.toGrade);
  if (filter.year !== null)
    add('p.evidence_date >= ? AND p.evidence_date < ?', `${filter.year}-01-01`, `${filter.year + 1}-01-01`);
  if (filter.district) add('p.enterprise_id IN (SELECT id FROM enterprises WHERE district = ?)', filter.district);
  if (filter.enterpriseId) add('p.enterprise_id = ?', filter.enterpriseId);
  if (filter.competitionId)
    add(
      'p.competition_entry_id IN (SELECT id FROM competition_entries WHERE competition_id = ?)',
      filter.competitionId,
    );
  return { clause: where.join(' AND '), params };
}

export type ParsedLedgerFilter = Parameters<typeof ledgerWhere>[0];

export function ledgerPage(
  ctx: HandlerContext,
  filter: ParsedLedgerFilter,
  after: { createdAt: string; id: string } | null,
  limit: number,
): LedgerRecord[] {
  const { clause, params } = ledgerWhere(filter);
  const keyset = after ? ' AND (p.created_at, p.id) < (?, ?)' : '';
  return ctx.sqlite
    .prepare(
      `SELECT ${ledgerColumns} FROM promotions p ${ledgerJoins} WHERE ${clause}${keyset} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`,
    )
    .all(...params, ...(after ? [after.createdAt, after.id] : []), limit) as LedgerRecord[];
}

export function* ledgerRows(ctx: HandlerContext, filter: ParsedLedgerFilter): Generator<LedgerRecord> {
  const { clause, params } = ledgerWhere(filter);
  yield* ctx.sqlite
    .prepare(
      `SELECT ${ledgerColumns} FROM promotions p ${ledgerJoins} WHERE ${clause} ORDER BY p.created_at DESC, p.id DESC`,
    )
    .iterate(...params) as Generator<LedgerRecord>;
}

export function ledgerCount(ctx: HandlerContext, filter: ParsedLedgerFilter): number {
  const { clause, params } = ledgerWhere(filter);
  return (ctx.sqlite.prepare(`SELECT count(*) AS n FROM promotions p WHERE ${clause}`).get(...params) as { n: number })
    .n;
}

export function pendingIds(ctx: HandlerContext, filter: ParsedLedgerFilter, limit: number): string[] {
  const { clause, params } = ledgerWhere({ ...filter, state: 'pending' });
  return (
    ctx.sqlite
      .prepare(`SELECT p.id FROM promotions p WHERE ${clause} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`)
      .all(...params, limit) as { id: string }[]
  ).map((r) => r.id);
}

export function ledgerByIds(ctx: HandlerContext, ids: readonly string[]): LedgerRecord[] {
  const statement = ctx.sqlite.prepare(`SELECT ${ledgerColumns} FROM promotions p ${ledgerJoins} WHERE p.id = ?`);
  return ids
    .map((id) => statement.get(id) as LedgerRecord | undefined)
    .filter((r): r is LedgerRecord => r !== undefined);
}

/** Who proposed the given promotions: the makers an approval is checked against. */
export function proposersOf(ctx: HandlerContext, ids: readonly string[]): string[] {
  return (
    ctx.sqlite
      .prepare('SELECT DISTINCT proposed_by_id AS id FROM promotions WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as { id: string }[]
  ).map((r) => r.id);
}

export function ledgerOfTrainee(ctx: HandlerContext, traineeId: string): LedgerRecord[] {
  return ctx.sqlite
    .prepare(
      `SELECT ${ledgerColumns} FROM promotions p ${ledgerJoins} WHERE p.trainee_id = ? ORDER BY p.evidence_date DESC, p.created_at DESC`,
    )
    .all(traineeId) as LedgerRecord[];
}

export function promotionOfEnrollment(ctx: HandlerContext, enrollmentId: string): PromotionRecord | null {
  const row = ctx.sqlite
    .prepare(`SELECT ${promotionColumns} FROM promotions p WHERE p.enrollment_id = ? AND p.deleted_at IS NULL`)
    .get(enrollmentId) as PromotionRecord | undefined;
  return row ?? null;
}

export function promotionOfEntry(ctx: HandlerContext, entryId: string): PromotionRecord | null {
  const row = ctx.sqlite
    .prepare(`SELECT ${promotionColumns} FROM promotions p WHERE p.competition_entry_id = ? AND p.deleted_at IS NULL`)
    .get(entryId) as PromotionRecord | undefined;
  return row ?? null;
}

/** The promotion that wrote a grade into the history (revoked or not); null for a certificate typed in as held. */
export function promotionOfGrade(
  ctx: HandlerContext,
  g: { id: string; traineeId: string; jobTypeId: string },
): string | null {
  const row = ctx.sqlite
    .prepare('SELECT id FROM promotions WHERE trainee_id = ? AND job_type_id = ? AND grade_id = ?')
    .get(g.traineeId, g.jobTypeId, g.id) as { id: string } | undefined;
  return row?.id ?? null;
}

export function setDecision(
  ctx: HandlerContext,
  id: string,
  state: PromotionState,
  note: string,
  gradeId: string | null,
) {
  ctx.sqlite
    .prepare(
      'UPDATE promotions SET updated_at = ?, state = ?, decided_by_id = ?, decided_by_name = ?, decided_at = ?, decision_note = ?, grade_id = ? WHERE id = ?',
    )
    .run(ctx.now, state, ctx.actor.id, ctx.actor.name, ctx.now, note, gradeId, id);
}

export function setCertificate(ctx: HandlerContext, id: string, certificateNo: string, certifiedOn: string) {
  ctx.sqlite
    .prepare(
      "UPDATE promotions SET updated_at = ?, state = 'certified', certificate_no = ?, certified_on = ? WHERE id = ?",
    )
    .run(ctx.now, certificateNo, certifiedOn, id);
}

export function softDeletePromotion(ctx: HandlerContext, id: string, reason: string) {
  ctx.sqlite
    .prepare('UPDATE promotions SET updated_at = ?, deleted_at = ?, revoked_reason = ? WHERE id = ?')
    .run(ctx.now, ctx.now, reason, id);
}

// ── the grade history (trainee_grades) the eligibility engine reads ─────────────────────────────

export function insertGrade(
  ctx: HandlerContext,
  g: {
    traineeId: string;
    jobTypeId: string;
    grade: Grade;
    obtainedOn: string;
    source: PromotionPath;
    note: string;
    enrollmentId: string | null;
  },
): string {
  const id = ctx.newId();
  ctx.sqlite
    .prepare(
      `INSERT INTO trainee_grades (id, created_at, updated_at, trainee_id, job_type_id, grade, obtained_on, source, note, enrollment_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, ctx.now, ctx.now, g.traineeId, g.jobTypeId, g.grade, g.obtainedOn, g.source, g.note, g.enrollmentId);
  return id;
}

export function setGradeCertificate(ctx: HandlerContext, gradeId: string, certificateNo: string) {
  ctx.sqlite
    .prepare('UPDATE trainee_grades SET certificate_no = ?, updated_at = ? WHERE id = ?')
    .run(certificateNo, ctx.now, gradeId);
}

export function withdrawGrade(ctx: HandlerContext, gradeId: string) {
  ctx.sqlite
    .prepare('UPDATE trainee_grades SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(ctx.now, ctx.now, gradeId);
}

// ── honours ─────────────────────────────────────────────────────────────────────────────────

export type HonourWithCompetition = HonourRecord & { competitionName: string | null };

export function insertHonour(
  ctx: HandlerContext,
  h: Pick<
    HonourRecord,
    'traineeId' | 'kind' | 'title' | 'awardingBody' | 'awardedOn' | 'documentNo' | 'competitionEntryId'
  >,
): string {
  const id = ctx.newId();
  ctx.sqlite
    .prepare(
      `INSERT INTO honours (id, created_at, updated_at, trainee_id, kind, title, awarding_body, awarded_on, document_no, competition_entry_id, recorded_by_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      ctx.now,
      ctx.now,
      h.traineeId,
      h.kind,
      h.title,
      h.awardingBody,
      h.awardedOn,
      h.documentNo,
      h.competitionEntryId,
      ctx.actor.name,
    );
  return id;
}

export function honoursOf(ctx: HandlerContext, traineeId: string): HonourWithCompetition[] {
  return ctx.sqlite
    .prepare(
      `SELECT h.id, h.created_at AS createdAt, h.updated_at AS updatedAt, h.deleted_at AS deletedAt, h.trainee_id AS traineeId, h.kind, h.title,
         h.awarding_body AS awardingBody, h.awarded_on AS awardedOn, h.document_no AS documentNo, h.competition_entry_id AS competitionEntryId,
         h.recorded_by_name AS recordedByName, c.name AS competitionName
       FROM honours h LEFT JOIN competition_entries e ON e.id = h.competition_entry_id LEFT JOIN competitions c ON c.id = e.competition_id
       WHERE h.trainee_id = ? AND h.deleted_at IS NULL ORDER BY h.awarded_on DESC`,
    )
    .all(traineeId) as HonourWithCompetition[];
}

export function getHonour(ctx: HandlerContext, id: string): HonourRecord {
  const row = ctx.sqlite
    .prepare('SELECT id, trainee_id AS traineeId, kind, title FROM honours WHERE id = ? AND deleted_at IS NULL')
    .get(id) as HonourRecord | undefined;
  if (!row) throw new AppError('NOT_FOUND', '荣誉记录不存在或已删除');
  return row;
}

export function softDeleteHonour(ctx: HandlerContext, id: string) {
  ctx.sqlite.prepare('UPDATE honours SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
}

export function honourExists(ctx: HandlerContext, traineeId: string, kind: HonourKind, entryId: string): boolean {
  return (
    ctx.sqlite
      .prepare(
        'SELECT 1 FROM honours WHERE trainee_id = ? AND kind = ? AND competition_entry_id = ? AND deleted_at IS NULL',
      )
      .get(traineeId, kind, entryId) !== undefined
  );
}

// ── figures ─────────────────────────────────────────────────────────────────────────────────

export function grantedByYearAndPath(ctx: HandlerContext): { year: number; path: PromotionPath; n: number }[] {
  return ctx.sqlite
    .prepare(
      `SELECT CAST(substr(evidence_date, 1, 4) AS INTEGER) AS year, path, count(*) AS n FROM promotions
        WHERE deleted_at IS NULL AND state IN ('approved', 'certified') GROUP BY year, path ORDER BY year DESC`,
    )
    .all() as { year: number; path: PromotionPath; n: number }[];
}

export function pendingCount(ctx: HandlerContext): number {
  return (
    ctx.sqlite.prepare("SELECT count(*) AS n FROM promotions WHERE deleted_at IS NULL AND state = 'pending'").get() as {
      n: number;
    }
  ).n;
}

export function competitionsInYear(ctx: HandlerContext, year: number): number {
  return (
    ctx.sqlite
      .prepare(
        'SELECT count(*) AS n FROM competitions WHERE deleted_at IS NULL AND year = ? AND published_at IS NOT NULL',
      )
      .get(year) as { n: number }
  ).n;
}

export function honoursInYear(ctx: HandlerContext, year: number): number {
  return (
    ctx.sqlite
      .prepare('SELECT count(*) AS n FROM honours WHERE deleted_at IS NULL AND awarded_on >= ? AND awarded_on < ?')
      .get(`${year}-01-01`, `${year + 1}-01-01`) as { n: number }
  ).n;
}
