import type { EnrollmentFilter } from '@shared/contract/diploma';
import type { DiplomaState } from '@shared/domain/diploma/lifecycle';
import type { ForfeitReason, TrancheCondition } from '@shared/domain/diploma/schemes';
import type { MoneyEntryState } from '@shared/domain/money/instalments';
import type { HandlerContext } from '../../context';
import type { diplomaEnrollments, diplomaProgrammes } from '../../db/schema';

/** Every SQL statement of the 学历+技能 area. */

export type Ctx = Pick<HandlerContext, 'sqlite'>;
export type ProgrammeRecord = Omit<typeof diplomaProgrammes.$inferSelect, 'createdAt' | 'updatedAt' | 'deletedAt'>;
export type EnrollmentRecord = Omit<typeof diplomaEnrollments.$inferSelect, 'updatedAt' | 'deletedAt'>;

const programmeColumns = `p.id, p.school, p.major, p.level, p.mode, p.intake_year AS intakeYear, p.intake_term AS intakeTerm,
  p.application_deadline AS applicationDeadline, p.tuition_basis AS tuitionBasis, p.price_fen AS priceFen, p.credits`;

export function programmes(ctx: Ctx): (ProgrammeRecord & { enrolled: number })[] {
  return ctx.sqlite
    .prepare(
      `SELECT ${programmeColumns},
         (SELECT count(*) FROM diploma_enrollments e WHERE e.programme_id = p.id AND e.deleted_at IS NULL) AS enrolled
       FROM diploma_programmes p WHERE p.deleted_at IS NULL
       ORDER BY p.intake_year DESC, p.intake_term DESC, p.school, p.major`,
    )
    .all() as (ProgrammeRecord & { enrolled: number })[];
}

export function programmeById(ctx: Ctx, id: string): (ProgrammeRecord & { enrolled: number }) | undefined {
  return ctx.sqlite
    .prepare(
      `SELECT ${programmeColumns},
         (SELECT count(*) FROM diploma_enrollments e WHERE e.programme_id = p.id AND e.deleted_at IS NULL) AS enrolled
       FROM diploma_programmes p WHERE p.id = ? AND p.deleted_at IS NULL`,
    )
    .get(id) as (ProgrammeRecord & { enrolled: number }) | undefined;
}

export function sameProgramme(ctx: Ctx, row: ProgrammeRecord): string | undefined {
  return ctx.sqlite
    .prepare(
      `SELECT id FROM diploma_programmes WHERE deleted_at IS NULL AND school = @school AND major = @major AND level = @level
         AND intake_year = @intakeYear AND intake_term = @intakeTerm AND id <> @id`,
    )
    .pluck()
    .get(row) as string | undefined;
}

export function insertProgramme(ctx: Ctx, row: ProgrammeRecord, now: string) {
  ctx.sqlite
    .prepare(
      `INSERT INTO diploma_programmes (id, created_at, updated_at, school, major, level, mode, intake_year, intake_term,
         application_deadline, tuition_basis, price_fen, credits)
       VALUES (@id, @now, @now, @school, @major, @level, @mode, @intakeYear, @intakeTerm, @applicationDeadline, @tuitionBasis, @priceFen, @credits)`,
    )
    .run({ ...row, now });
}

export function updateProgramme(ctx: Ctx, row: ProgrammeRecord, now: string) {
  ctx.sqlite
    .prepare(
      `UPDATE diploma_programmes SET updated_at = @now, school = @school, major = @major, level = @level, mode = @mode,
         intake_year = @intakeYear, intake_term = @intakeTerm, application_deadline = @applicationDeadline,
         tuition_basis = @tuitionBasis, price_fen = @priceFen, credits = @credits WHERE id = @id`,
    )
    .run({ ...row, now });
}

export interface TraineeRef {
  id: string;
  name: string;
  idNumber: string;
  enterpriseId: string | null;
  enterpriseName: string;
}

export function trainee(ctx: Ctx, id: string): TraineeRef | undefined {
  return ctx.sqlite
    .prepare(
      `SELECT t.id, t.name, t.id_number AS idNumber, t.enterprise_id AS enterpriseId, coalesce(en.name, '') AS enterpriseName
       FROM trainees t LEFT JOIN enterprises en ON en.id = t.enterprise_id WHERE t.id = ? AND t.deleted_at IS NULL`,
    )
    .get(id) as TraineeRef | undefined;
}

export function jobTypeName(ctx: Ctx, id: string): string | undefined {
  return ctx.sqlite.prepare('SELECT name FROM job_types WHERE id = ? AND deleted_at IS NULL').pluck().get(id) as
    string | undefined;
}

export function gradesOf(ctx: Ctx, traineeId: string, jobTypeId: string): { grade: number; obtainedOn: string }[] {
  return ctx.sqlite
    .prepare(
      'SELECT grade, obtained_on AS obtainedOn FROM trainee_grades WHERE trainee_id = ? AND job_type_id = ? AND deleted_at IS NULL',
    )
    .all(traineeId, jobTypeId) as { grade: number; obtainedOn: string }[];
}

const enrollmentColumns = `e.id, e.created_at AS createdAt, e.programme_id AS programmeId, e.trainee_id AS traineeId, e.state,
  e.applied_on AS appliedOn, e.admitted_on AS admittedOn, e.ended_on AS endedOn, e.student_no AS studentNo,
  e.state_note AS stateNote, e.years_passed AS yearsPassed, e.facts, e.target_job_type_id AS targetJobTypeId,
  e.target_grade AS targetGrade, e.target_deadline AS targetDeadline`;

export function enrollmentById(ctx: Ctx, id: string): EnrollmentRecord | undefined {
  return ctx.sqlite
    .prepare(`SELECT ${enrollmentColumns} FROM diploma_enrollments e WHERE e.id = ? AND e.deleted_at IS NULL`)
    .get(id) as EnrollmentRecord | undefined;
}

export function enrollmentOf(ctx: Ctx, traineeId: string, programmeId: string): string | undefined {
  return ctx.sqlite
    .prepare('SELECT id FROM diploma_enrollments WHERE trainee_id = ? AND programme_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(traineeId, programmeId) as string | undefined;
}

export function insertEnrollment(ctx: Ctx, row: EnrollmentRecord) {
  ctx.sqlite
    .prepare(
      `INSERT INTO diploma_enrollments (id, created_at, updated_at, programme_id, trainee_id, state, applied_on, admitted_on,
         ended_on, student_no, state_note, years_passed, facts, target_job_type_id, target_grade, target_deadline)
       VALUES (@id, @createdAt, @createdAt, @programmeId, @traineeId, @state, @appliedOn, @admittedOn, @endedOn, @studentNo,
         @stateNote, @yearsPassed, @facts, @targetJobTypeId, @targetGrade, @targetDeadline)`,
    )
    .run(row);
}

export function updateEnrollmentState(
  ctx: Ctx,
  change: {
    id: string;
    state: DiplomaState;
    admittedOn: string | null;
    endedOn: string | null;
    studentNo: string;
    stateNote: string;
    now: string;
  },
) {
  ctx.sqlite
    .prepare(
      `UPDATE diploma_enrollments SET state = @state, admitted_on = @admittedOn, ended_on = @endedOn, student_no = @studentNo,
         state_note = @stateNote, updated_at = @now WHERE id = @id`,
    )
    .run(change);
}

export function setYearsPassed(ctx: Ctx, id: string, yearsPassed: number, now: string) {
  ctx.sqlite
    .prepare('UPDATE diploma_enrollments SET years_passed = ?, updated_at = ? WHERE id = ?')
    .run(yearsPassed, now, id);
}

/** WHERE for the enrollment list; shared by the page and its count. */
function enrollmentWhere(filter: EnrollmentFilter) {
  const where = ['e.deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (filter.programmeId) {
    where.push('e.programme_id = @programmeId');
    params.programmeId = filter.programmeId;
  }
  if (filter.state) {
    where.push('e.state = @state');
    params.state = filter.state;
  }
  if (filter.school || filter.level || filter.intakeYear) {
    const sub = ['deleted_at IS NULL'];
    if (filter.school) {
      sub.push('school = @school');
      params.school = filter.school;
    }
    if (filter.level) {
      sub.push('level = @level');
      params.level = filter.level;
    }
    if (filter.intakeYear) {
      sub.push('intake_year = @intakeYear');
      params.intakeYear = filter.intakeYear;
    }
    where.push(`e.programme_id IN (SELECT id FROM diploma_programmes WHERE ${sub.join(' AND ')})`);
  }
  if (filter.schemeCode) {
    where.push(
      'EXISTS (SELECT 1 FROM subsidy_plans sp WHERE sp.enrollment_id = e.id AND sp.scheme_code = @schemeCode AND sp.deleted_at IS NULL)',
    );
    params.schemeCode = filter.schemeCode;
  }
  if (filter.enterpriseId) {
    where.push('t.enterprise_id = @enterpriseId');
    params.enterpriseId = filter.enterpriseId;
  }
  if (filter.district) {
    where.push('t.enterprise_id IN (SELECT id FROM enterprises WHERE district = @district)');
    params.district = filter.district;
  }
  if (filter.search) {
    // A name prefix through the trainees' name index, or the whole student number.
    where.push(`(t.name GLOB @namePrefix OR e.student_no = @search)`);
    params.namePrefix = `${filter.search.replace(/[*?[\]]/g, '')}*`;
    params.search = filter.search;
  }
  return { where: where.join(' AND '), params };
}

export interface EnrollmentListRecord {
  id: string;
  traineeId: string;
  traineeName: string;
  idNumber: string;
  enterpriseName: string;
  programmeId: string;
  state: DiplomaState;
  studentNo: string;
  appliedOn: string;
  admittedOn: string | null;
  schemes: string | null;
}

export function enrollmentPage(
  ctx: Ctx,
  filter: EnrollmentFilter,
  before: string | null,
  limit: number,
): EnrollmentListRecord[] {
  const { where, params } = enrollmentWhere(filter);
  return ctx.sqlite
    .prepare(
      `SELECT e.id, e.trainee_id AS traineeId, t.name AS traineeName, t.id_number AS idNumber,
         coalesce((SELECT name FROM enterprises WHERE id = t.enterprise_id), '') AS enterpriseName,
         e.programme_id AS programmeId, e.state, e.student_no AS studentNo, e.applied_on AS appliedOn, e.admitted_on AS admittedOn,
         (SELECT group_concat(scheme_name, '、') FROM subsidy_plans sp WHERE sp.enrollment_id = e.id AND sp.deleted_at IS NULL) AS schemes
       FROM diploma_enrollments e JOIN trainees t ON t.id = e.trainee_id
       WHERE ${where} ${before ? 'AND e.id < @before' : ''}
       ORDER BY e.id DESC LIMIT @limit`,
    )
    .all({ ...params, before, limit }) as EnrollmentListRecord[];
}

export function enrollmentCount(ctx: Ctx, filter: EnrollmentFilter): number {
  const { where, params } = enrollmentWhere(filter);
  return ctx.sqlite
    .prepare(`SELECT count(*) FROM diploma_enrollments e JOIN trainees t ON t.id = e.trainee_id WHERE ${where}`)
    .pluck()
    .get(params) as number;
}

export interface PlanRecord {
  id: string;
  enrollmentId: string;
  schemeCode: string;
  schemeName: string;
  funder: string;
  excludes: string;
  plannedFen: number;
  forfeitedOn: string | null;
  forfeitReason: ForfeitReason | null;
  forfeitNote: string;
}

const planColumns = `id, enrollment_id AS enrollmentId, scheme_code AS schemeCode, scheme_name AS schemeName, funder, excludes,
  planned_fen AS plannedFen, forfeited_on AS forfeitedOn, forfeit_reason AS forfeitReason, forfeit_note AS forfeitNote`;

export function plansOf(ctx: Ctx, enrollmentId: string): PlanRecord[] {
  return ctx.sqlite
    .prepare(`SELECT ${planColumns} FROM subsidy_plans WHERE enrollment_id = ? AND deleted_at IS NULL ORDER BY id`)
    .all(enrollmentId) as PlanRecord[];
}

export function planById(ctx: Ctx, id: string): PlanRecord | undefined {
  return ctx.sqlite.prepare(`SELECT ${planColumns} FROM subsidy_plans WHERE id = ? AND deleted_at IS NULL`).get(id) as
    PlanRecord | undefined;
}

export function insertPlan(
  ctx: Ctx,
  row: Omit<PlanRecord, 'forfeitedOn' | 'forfeitReason' | 'forfeitNote'> & {
    now: string;
    createdById: string;
    createdByName: string;
  },
) {
  ctx.sqlite
    .prepare(
      `INSERT INTO subsidy_plans (id, created_at, updated_at, enrollment_id, scheme_code, scheme_name, funder, excludes, planned_fen,
         created_by_id, created_by_name)
       VALUES (@id, @now, @now, @enrollmentId, @schemeCode, @schemeName, @funder, @excludes, @plannedFen, @createdById, @createdByName)`,
    )
    .run(row);
}

export function forfeitPlan(
  ctx: Ctx,
  change: { id: string; on: string; reason: ForfeitReason; note: string; now: string },
) {
  ctx.sqlite
    .prepare(
      `UPDATE subsidy_plans SET forfeited_on = @on, forfeit_reason = @reason, forfeit_note = @note, updated_at = @now
       WHERE id = @id AND forfeited_on IS NULL`,
    )
    .run(change);
}

export interface TrancheRecord {
  id: string;
  planId: string;
  seq: number;
  condition: TrancheCondition;
  amountFen: number;
}

export function tranchesOf(ctx: Ctx, planId: string): TrancheRecord[] {
  return ctx.sqlite
    .prepare(
      'SELECT id, plan_id AS planId, seq, condition, amount_fen AS amountFen FROM subsidy_tranches WHERE plan_id = ? AND deleted_at IS NULL ORDER BY seq',
    )
    .all(planId) as TrancheRecord[];
}

export function trancheById(ctx: Ctx, id: string): TrancheRecord | undefined {
  return ctx.sqlite
    .prepare(
      'SELECT id, plan_id AS planId, seq, condition, amount_fen AS amountFen FROM subsidy_tranches WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id) as TrancheRecord | undefined;
}

export function insertTranche(ctx: Ctx, row: TrancheRecord & { now: string }) {
  ctx.sqlite
    .prepare(
      `INSERT INTO subsidy_tranches (id, created_at, updated_at, plan_id, seq, condition, amount_fen)
       VALUES (@id, @now, @now, @planId, @seq, @condition, @amountFen)`,
    )
    .run(row);
}

export interface PaymentRecord {
  id: string;
  trancheId: string;
  amountFen: number;
  reversesId: string | null;
  state: MoneyEntryState;
  paidOn: string;
  note: string;
  makerId: string;
  makerName: string;
  checkerName: string | null;
  checkedAt: string | null;
  returnNote: string;
  createdAt: string;
  traineeName: string;
  schemeName: string;
  condition: TrancheCondition;
  seq: number;
  enrollmentId: string;
}

const paymentSelect = `SELECT pay.id, pay.tranche_id AS trancheId, pay.amount_fen AS amountFen, pay.reverses_id AS reversesId, pay.state,
    pay.paid_on AS paidOn, pay.note, pay.maker_id AS makerId, pay.maker_name AS makerName, pay.checker_name AS checkerName,
    pay.checked_at AS checkedAt, pay.return_note AS returnNote, pay.created_at AS createdAt,
    t.name AS traineeName, sp.scheme_name AS schemeName, st.condition, st.seq, e.id AS enrollmentId
  FROM subsidy_payments pay
  JOIN subsidy_tranches st ON st.id = pay.tranche_id
  JOIN subsidy_plans sp ON sp.id = st.plan_id
  JOIN diploma_enrollments e ON e.id = sp.enrollment_id
  JOIN trainees t ON t.id = e.trainee_id`;

export function paymentsOfPlan(ctx: Ctx, planId: string): PaymentRecord[] {
  return ctx.sqlite
    .prepare(`${paymentSelect} WHERE st.plan_id = ? AND pay.deleted_at IS NULL ORDER BY pay.id`)
    .all(planId) as PaymentRecord[];
}

export function paymentsOfTranche(ctx: Ctx, trancheId: string): PaymentRecord[] {
  return ctx.sqlite
    .prepare(`${paymentSelect} WHERE pay.tranche_id = ? AND pay.deleted_at IS NULL ORDER BY pay.id`)
    .all(trancheId) as PaymentRecord[];
}

export function paymentsByIds(ctx: Ctx, ids: readonly string[]): PaymentRecord[] {
  return ctx.sqlite
    .prepare(
      `${paymentSelect} WHERE pay.id IN (SELECT value FROM json_each(?)) AND pay.deleted_at IS NULL ORDER BY pay.id`,
    )
    .all(JSON.stringify(ids)) as PaymentRecord[];
}

export function pendingPayments(ctx: Ctx, limit: number): PaymentRecord[] {
  return ctx.sqlite
    .prepare(
      `${paymentSelect} WHERE pay.state = 'entered' AND pay.deleted_at IS NULL ORDER BY pay.created_at, pay.id LIMIT ?`,
    )
    .all(limit) as PaymentRecord[];
}

export function pendingCount(ctx: Ctx): number {
  return ctx.sqlite
    .prepare("SELECT count(*) FROM subsidy_payments WHERE state = 'entered' AND deleted_at IS NULL")
    .pluck()
    .get() as number;
}

export function insertPayment(
  ctx: Ctx,
  row: {
    id: string;
    trancheId: string;
    amountFen: number;
    reversesId: string | null;
    paidOn: string;
    note: string;
    makerId: string;
    makerName: string;
    now: string;
  },
) {
  ctx.sqlite
    .prepare(
      `INSERT INTO subsidy_payments (id, created_at, updated_at, tranche_id, amount_fen, reverses_id, state, paid_on, note, maker_id, maker_name)
       VALUES (@id, @now, @now, @trancheId, @amountFen, @reversesId, 'entered', @paidOn, @note, @makerId, @makerName)`,
    )
    .run(row);
}

/** The checker's one decision on an entry still waiting: confirmed or returned. */
export function decidePayment(
  ctx: Ctx,
  change: {
    id: string;
    state: 'confirmed' | 'returned';
    checkerId: string;
    checkerName: string;
    note: string;
    now: string;
  },
): boolean {
  return (
    ctx.sqlite
      .prepare(
        `UPDATE subsidy_payments SET state = @state, checker_id = @checkerId, checker_name = @checkerName, checked_at = @now,
           return_note = @note, updated_at = @now WHERE id = @id AND state = 'entered'`,
      )
      .run(change).changes === 1
  );
}

/**
 * The ledger per scheme and intake year, in one pass over the tranches: each tranche's status as
 * instalmentStatus decides it (waiting for a check, paid, forfeited, due, not reached yet).
 */
export interface LedgerRecord {
  schemeCode: string;
  schemeName: string;
  intakeYear: number;
  plans: number;
  planned: number;
  paid: number;
  due: number;
  awaiting: number;
  upcoming: number;
  forfeited: number;
}

export function ledger(ctx: Ctx, intakeYear: number | undefined): LedgerRecord[] {
  return ctx.sqlite
    .prepare(
      `WITH tranche AS (
         SELECT st.amount_fen AS amount, sp.id AS planId, sp.scheme_code AS schemeCode, sp.scheme_name AS schemeName,
           g.intake_year AS intakeYear, sp.forfeited_on IS NOT NULL AS forfeited,
           CASE st.condition WHEN 'registered' THEN e.admitted_on IS NOT NULL WHEN 'year1' THEN e.years_passed >= 1
             WHEN 'year2' THEN e.years_passed >= 2 ELSE e.state = 'graduated' END AS met,
           coalesce((SELECT sum(amount_fen) FROM subsidy_payments pay WHERE pay.tranche_id = st.id AND pay.state = 'confirmed'
             AND pay.deleted_at IS NULL), 0) AS paid,
           EXISTS (SELECT 1 FROM subsidy_payments pay WHERE pay.tranche_id = st.id AND pay.state = 'entered'
             AND pay.deleted_at IS NULL) AS waiting
         FROM subsidy_tranches st
         JOIN subsidy_plans sp ON sp.id = st.plan_id AND sp.deleted_at IS NULL
         JOIN diploma_enrollments e ON e.id = sp.enrollment_id AND e.deleted_at IS NULL
         JOIN diploma_programmes g ON g.id = e.programme_id
         WHERE st.deleted_at IS NULL ${intakeYear ? 'AND g.intake_year = @intakeYear' : ''}
       )
       SELECT schemeCode, max(schemeName) AS schemeName, intakeYear, count(DISTINCT planId) AS plans,
         sum(amount) AS planned, sum(paid) AS paid,
         sum(CASE WHEN waiting THEN (CASE WHEN paid = 0 THEN amount ELSE 0 END)
                  WHEN paid > 0 THEN 0 WHEN forfeited THEN 0 WHEN met THEN amount ELSE 0 END) AS due,
         sum(CASE WHEN waiting THEN amount ELSE 0 END) AS awaiting,
         sum(CASE WHEN waiting OR paid > 0 OR forfeited OR met THEN 0 ELSE amount END) AS upcoming,
         sum(CASE WHEN NOT waiting AND paid = 0 AND forfeited THEN amount ELSE 0 END) AS forfeited
       FROM tranche GROUP BY schemeCode, intakeYear ORDER BY intakeYear DESC, schemeCode`,
    )
    .all(intakeYear ? { intakeYear } : {}) as LedgerRecord[];
}
