import type { AgreementFilter } from '@shared/contract/mentoring';
import type { MentorTitle } from '@shared/domain/mentoring/agreements';
import type { HandlerContext } from '../../context';
import type { allowancePayments, mentorAgreements, mentorReviews, mentors, mentorTitleAwards } from '../../db/schema';

/** Every SQL statement of the 师徒结对 area. */

type Ctx = Pick<HandlerContext, 'sqlite'>;
type Live<T> = Omit<T, 'updatedAt' | 'deletedAt'>;
export type MentorValues = Omit<Live<typeof mentors.$inferSelect>, 'createdAt'>;
export type TitleRecord = Omit<Live<typeof mentorTitleAwards.$inferSelect>, 'createdAt'>;
export type AgreementValues = Live<typeof mentorAgreements.$inferSelect>;
export type ReviewRecord = Omit<Live<typeof mentorReviews.$inferSelect>, 'createdAt'>;
export type PaymentValues = Live<typeof allowancePayments.$inferSelect>;

export interface PersonRef {
  id: string;
  name: string;
  idNumber: string;
  enterpriseId: string | null;
  enterpriseName: string;
}

export function person(ctx: Ctx, traineeId: string): PersonRef | undefined {
  return ctx.sqlite
    .prepare(
      `SELECT t.id, t.name, t.id_number AS idNumber, t.enterprise_id AS enterpriseId, coalesce(en.name, '') AS enterpriseName
       FROM trainees t LEFT JOIN enterprises en ON en.id = t.enterprise_id WHERE t.id = ? AND t.deleted_at IS NULL`,
    )
    .get(traineeId) as PersonRef | undefined;
}

export function jobTypeExists(ctx: Ctx, id: string): boolean {
  return ctx.sqlite.prepare('SELECT 1 FROM job_types WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}

export interface MentorRecord extends MentorValues {
  name: string;
  idNumber: string;
  enterpriseName: string;
  jobTypeName: string;
}

const mentorSelect = `SELECT m.id, m.trainee_id AS traineeId, m.job_type_id AS jobTypeId, m.grade, m.post, m.note,
    t.name, t.id_number AS idNumber, coalesce(en.name, '') AS enterpriseName, j.name AS jobTypeName
  FROM mentors m
  JOIN trainees t ON t.id = m.trainee_id
  LEFT JOIN enterprises en ON en.id = t.enterprise_id
  JOIN job_types j ON j.id = m.job_type_id`;

export function mentorById(ctx: Ctx, id: string): MentorRecord | undefined {
  return ctx.sqlite.prepare(`${mentorSelect} WHERE m.id = ? AND m.deleted_at IS NULL`).get(id) as
    MentorRecord | undefined;
}

export function mentorOfTrainee(ctx: Ctx, traineeId: string): MentorRecord | undefined {
  return ctx.sqlite.prepare(`${mentorSelect} WHERE m.trainee_id = ? AND m.deleted_at IS NULL`).get(traineeId) as
    MentorRecord | undefined;
}

function mentorWhere(search: string, title: MentorTitle | undefined) {
  const where = ['m.deleted_at IS NULL'];
  if (search) where.push('(t.name GLOB @namePrefix OR j.name GLOB @namePrefix)');
  if (title)
    where.push(
      'EXISTS (SELECT 1 FROM mentor_titles mt WHERE mt.mentor_id = m.id AND mt.title = @title AND mt.deleted_at IS NULL)',
    );
  return {
    where: where.join(' AND '),
    params: { namePrefix: `${search.replace(/[*?[\]]/g, '')}*`, title: title ?? null },
  };
}

/** The mentors in pinyin order of their names. */
export function mentorPage(ctx: Ctx, search: string, title: MentorTitle | undefined, limit: number): MentorRecord[] {
  const { where, params } = mentorWhere(search, title);
  return ctx.sqlite
    .prepare(`${mentorSelect} WHERE ${where} ORDER BY t.name_pinyin, m.id LIMIT @limit`)
    .all({ ...params, limit }) as MentorRecord[];
}

export function mentorCount(ctx: Ctx, search: string, title: MentorTitle | undefined): number {
  const { where, params } = mentorWhere(search, title);
  return ctx.sqlite
    .prepare(
      `SELECT count(*) FROM mentors m JOIN trainees t ON t.id = m.trainee_id JOIN job_types j ON j.id = m.job_type_id WHERE ${where}`,
    )
    .pluck()
    .get(params) as number;
}

export function insertMentor(ctx: Ctx, row: MentorValues, now: string) {
  ctx.sqlite
    .prepare(
      `INSERT INTO mentors (id, created_at, updated_at, trainee_id, job_type_id, grade, post, note)
       VALUES (@id, @now, @now, @traineeId, @jobTypeId, @grade, @post, @note)`,
    )
    .run({ ...row, now });
}

export function updateMentor(ctx: Ctx, row: MentorValues, now: string) {
  ctx.sqlite
    .prepare(
      'UPDATE mentors SET job_type_id = @jobTypeId, grade = @grade, post = @post, note = @note, updated_at = @now WHERE id = @id',
    )
    .run({ ...row, now });
}

export function titlesOf(ctx: Ctx, mentorIds: readonly string[]): TitleRecord[] {
  return ctx.sqlite
    .prepare(
      `SELECT id, mentor_id AS mentorId, title, round, year, awarded_by AS awardedBy FROM mentor_titles
       WHERE mentor_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY year DESC, id`,
    )
    .all(JSON.stringify(mentorIds)) as TitleRecord[];
}

export function titleById(ctx: Ctx, id: string): TitleRecord | undefined {
  return ctx.sqlite
    .prepare(
      'SELECT id, mentor_id AS mentorId, title, round, year, awarded_by AS awardedBy FROM mentor_titles WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id) as TitleRecord | undefined;
}

export function sameTitle(ctx: Ctx, row: Pick<TitleRecord, 'mentorId' | 'title' | 'round'>): boolean {
  return (
    ctx.sqlite
      .prepare(
        'SELECT 1 FROM mentor_titles WHERE mentor_id = @mentorId AND title = @title AND round = @round AND deleted_at IS NULL',
      )
      .get(row) !== undefined
  );
}

export function insertTitle(ctx: Ctx, row: TitleRecord, now: string) {
  ctx.sqlite
    .prepare(
      `INSERT INTO mentor_titles (id, created_at, updated_at, mentor_id, title, round, year, awarded_by)
       VALUES (@id, @now, @now, @mentorId, @title, @round, @year, @awardedBy)`,
    )
    .run({ ...row, now });
}

export function deleteTitle(ctx: Ctx, id: string, now: string) {
  ctx.sqlite.prepare('UPDATE mentor_titles SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

/** The grades an apprentice holds in a job type: the grade history the outcome is read from. */
export function gradesIn(ctx: Ctx, traineeId: string, jobTypeId: string): { grade: number; obtainedOn: string }[] {
  return ctx.sqlite
    .prepare(
      `SELECT grade, obtained_on AS obtainedOn FROM trainee_grades
       WHERE trainee_id = ? AND job_type_id = ? AND deleted_at IS NULL ORDER BY obtained_on`,
    )
    .all(traineeId, jobTypeId) as { grade: number; obtainedOn: string }[];
}

export interface AgreementRecord extends AgreementValues {
  mentorName: string;
  mentorTraineeId: string;
  apprenticeName: string;
  apprenticeIdNumber: string;
  enterpriseName: string;
  jobTypeName: string;
  renewedById: string | null;
}

const agreementSelect = `SELECT a.id, a.created_at AS createdAt, a.mentor_id AS mentorId, a.apprentice_id AS apprenticeId,
    a.enterprise_id AS enterpriseId, a.job_type_id AS jobTypeId, a.signed_on AS signedOn, a.start_date AS startDate, a.months,
    a.end_date AS endDate, a.target_grade AS targetGrade, a.goals, a.plan, a.planned_hours AS plannedHours,
    a.allowance_mode AS allowanceMode, a.allowance_fen AS allowanceFen, a.allowance_payer AS allowancePayer, a.state,
    a.assessment, a.assessed_on AS assessedOn, a.assessment_note AS assessmentNote, a.terminated_on AS terminatedOn,
    a.termination_reason AS terminationReason, a.termination_note AS terminationNote, a.renews_id AS renewsId,
    a.created_by_name AS createdByName,
    mt.name AS mentorName, mt.id AS mentorTraineeId, ap.name AS apprenticeName, ap.id_number AS apprenticeIdNumber,
    coalesce(en.name, '') AS enterpriseName, j.name AS jobTypeName,
    (SELECT r.id FROM mentor_agreements r WHERE r.renews_id = a.id AND r.deleted_at IS NULL) AS renewedById
  FROM mentor_agreements a
  JOIN mentors m ON m.id = a.mentor_id
  JOIN trainees mt ON mt.id = m.trainee_id
  JOIN trainees ap ON ap.id = a.apprentice_id
  LEFT JOIN enterprises en ON en.id = a.enterprise_id
  JOIN job_types j ON j.id = a.job_type_id`;

export function agreementById(ctx: Ctx, id: string): AgreementRecord | undefined {
  return ctx.sqlite.prepare(`${agreementSelect} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as
    AgreementRecord | undefined;
}

/** WHERE for the agreement list; shared by the page and its count. */
function agreementWhere(filter: AgreementFilter) {
  const where = ['a.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  for (const [key, column] of [
    ['state', 'a.state'],
    ['mentorId', 'a.mentor_id'],
    ['jobTypeId', 'a.job_type_id'],
    ['enterpriseId', 'a.enterprise_id'],
  ] as const) {
    const value = filter[key];
    if (value) {
      where.push(`${column} = @${key}`);
      params[key] = value;
    }
  }
  if (filter.search) {
    where.push('(ap.name GLOB @namePrefix OR mt.name GLOB @namePrefix)');
    params.namePrefix = `${filter.search.replace(/[*?[\]]/g, '')}*`;
  }
  return { where: where.join(' AND '), params };
}

export function agreementPage(
  ctx: Ctx,
  filter: AgreementFilter,
  before: string | null,
  limit: number,
): AgreementRecord[] {
  const { where, params } = agreementWhere(filter);
  return ctx.sqlite
    .prepare(`${agreementSelect} WHERE ${where} ${before ? 'AND a.id < @before' : ''} ORDER BY a.id DESC LIMIT @limit`)
    .all({ ...params, before, limit }) as AgreementRecord[];
}

export function agreementCount(ctx: Ctx, filter: AgreementFilter): number {
  const { where, params } = agreementWhere(filter);
  return ctx.sqlite
    .prepare(
      `SELECT count(*) FROM mentor_agreements a JOIN mentors m ON m.id = a.mentor_id JOIN trainees mt ON mt.id = m.trainee_id
       JOIN trainees ap ON ap.id = a.apprentice_id WHERE ${where}`,
    )
    .pluck()
    .get(params) as number;
}

/** Every agreement of these mentors, newest first (the mentor's page and the counts on the roster). */
export function agreementsOfMentors(ctx: Ctx, mentorIds: readonly string[]): AgreementRecord[] {
  return ctx.sqlite
    .prepare(
      `${agreementSelect} WHERE a.mentor_id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL ORDER BY a.id DESC`,
    )
    .all(JSON.stringify(mentorIds)) as AgreementRecord[];
}

export function agreementsOfApprentice(ctx: Ctx, traineeId: string): AgreementRecord[] {
  return ctx.sqlite
    .prepare(`${agreementSelect} WHERE a.apprentice_id = ? AND a.deleted_at IS NULL ORDER BY a.id DESC`)
    .all(traineeId) as AgreementRecord[];
}

export function hasRunningAgreement(ctx: Ctx, apprenticeId: string, jobTypeId: string): boolean {
  return (
    ctx.sqlite
      .prepare(
        "SELECT 1 FROM mentor_agreements WHERE apprentice_id = ? AND job_type_id = ? AND state = 'active' AND deleted_at IS NULL",
      )
      .get(apprenticeId, jobTypeId) !== undefined
  );
}

/** Per agreement: the apprentice's grades in the agreement's job type (the outcome's evidence). */
export function gradesForAgreements(
  ctx: Ctx,
  agreementIds: readonly string[] | null,
): { agreementId: string; grade: number; obtainedOn: string }[] {
  return ctx.sqlite
    .prepare(
      `SELECT a.id AS agreementId, g.grade, g.obtained_on AS obtainedOn
       FROM mentor_agreements a
       JOIN trainee_grades g ON g.trainee_id = a.apprentice_id AND g.job_type_id = a.job_type_id AND g.deleted_at IS NULL
       WHERE a.deleted_at IS NULL ${agreementIds ? 'AND a.id IN (SELECT value FROM json_each(@ids))' : ''}`,
    )
    .all(agreementIds ? { ids: JSON.stringify(agreementIds) } : {}) as {
    agreementId: string;
    grade: number;
    obtainedOn: string;
  }[];
}

/** The few columns the figures read, of every live agreement. */
export function agreementOutlines(
  ctx: Ctx,
): Pick<AgreementValues, 'id' | 'mentorId' | 'apprenticeId' | 'state' | 'targetGrade' | 'startDate'>[] {
  return ctx.sqlite
    .prepare(
      `SELECT id, mentor_id AS mentorId, apprentice_id AS apprenticeId, state, target_grade AS targetGrade, start_date AS startDate
       FROM mentor_agreements WHERE deleted_at IS NULL`,
    )
    .all() as Pick<AgreementValues, 'id' | 'mentorId' | 'apprenticeId' | 'state' | 'targetGrade' | 'startDate'>[];
}

export function mentorFigures(ctx: Ctx): { mentors: number; goodMasters: number; paidFen: number } {
  return ctx.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM mentors WHERE deleted_at IS NULL) AS mentors,
         (SELECT count(DISTINCT mentor_id) FROM mentor_titles WHERE title = 'goodMaster' AND deleted_at IS NULL) AS goodMasters,
         (SELECT coalesce(sum(amount_fen), 0) FROM allowance_payments WHERE state = 'confirmed' AND deleted_at IS NULL) AS paidFen`,
    )
    .get() as { mentors: number; goodMasters: number; paidFen: number };
}

export function insertAgreement(ctx: Ctx, row: AgreementValues) {
  ctx.sqlite
    .prepare(
      `INSERT INTO mentor_agreements (id, created_at, updated_at, mentor_id, apprentice_id, enterprise_id, job_type_id, signed_on,
         start_date, months, end_date, target_grade, goals, plan, planned_hours, allowance_mode, allowance_fen, allowance_payer,
         state, assessment, assessed_on, assessment_note, terminated_on, termination_reason, termination_note, renews_id,
         created_by_name)
       VALUES (@id, @createdAt, @createdAt, @mentorId, @apprenticeId, @enterpriseId, @jobTypeId, @signedOn, @startDate, @months,
         @endDate, @targetGrade, @goals, @plan, @plannedHours, @allowanceMode, @allowanceFen, @allowancePayer, @state,
         @assessment, @assessedOn, @assessmentNote, @terminatedOn, @terminationReason, @terminationNote, @renewsId,
         @createdByName)`,
    )
    .run(row);
}

/** The one change of state an agreement goes through: 出师考核 or 提前解除, only while it runs. */
export function closeAgreement(
  ctx: Ctx,
  change: Pick<
    AgreementValues,
    | 'id'
    | 'state'
    | 'assessment'
    | 'assessedOn'
    | 'assessmentNote'
    | 'terminatedOn'
    | 'terminationReason'
    | 'terminationNote'
  > & { now: string },
): boolean {
  return (
    ctx.sqlite
      .prepare(
        `UPDATE mentor_agreements SET state = @state, assessment = @assessment, assessed_on = @assessedOn,
           assessment_note = @assessmentNote, terminated_on = @terminatedOn, termination_reason = @terminationReason,
           termination_note = @terminationNote, updated_at = @now
         WHERE id = @id AND state = 'active'`,
      )
      .run(change).changes === 1
  );
}

export function reviewsOf(ctx: Ctx, agreementId: string): ReviewRecord[] {
  return ctx.sqlite
    .prepare(
      `SELECT id, agreement_id AS agreementId, reviewed_on AS reviewedOn, hours_done AS hoursDone, rating, content,
         recorded_by_name AS recordedByName
       FROM mentor_reviews WHERE agreement_id = ? AND deleted_at IS NULL ORDER BY reviewed_on, id`,
    )
    .all(agreementId) as ReviewRecord[];
}

export function insertReview(ctx: Ctx, row: ReviewRecord, now: string) {
  ctx.sqlite
    .prepare(
      `INSERT INTO mentor_reviews (id, created_at, updated_at, agreement_id, reviewed_on, hours_done, rating, content, recorded_by_name)
       VALUES (@id, @now, @now, @agreementId, @reviewedOn, @hoursDone, @rating, @content, @recordedByName)`,
    )
    .run({ ...row, now });
}

export interface PaymentRecord extends PaymentValues {
  mentorName: string;
  apprenticeName: string;
}

const paymentSelect = `SELECT pay.id, pay.created_at AS createdAt, pay.agreement_id AS agreementId, pay.seq, pay.amount_fen AS amountFen,
    pay.reverses_id AS reversesId, pay.state, pay.paid_on AS paidOn, pay.note, pay.maker_id AS makerId, pay.maker_name AS makerName,
    pay.checker_id AS checkerId, pay.checker_name AS checkerName, pay.checked_at AS checkedAt, pay.return_note AS returnNote,
    mt.name AS mentorName, ap.name AS apprenticeName
  FROM allowance_payments pay
  JOIN mentor_agreements a ON a.id = pay.agreement_id
  JOIN mentors m ON m.id = a.mentor_id
  JOIN trainees mt ON mt.id = m.trainee_id
  JOIN trainees ap ON ap.id = a.apprentice_id`;

export function paymentsOf(ctx: Ctx, agreementId: string): PaymentRecord[] {
  return ctx.sqlite
    .prepare(`${paymentSelect} WHERE pay.agreement_id = ? AND pay.deleted_at IS NULL ORDER BY pay.seq, pay.id`)
    .all(agreementId) as PaymentRecord[];
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
    .prepare("SELECT count(*) FROM allowance_payments WHERE state = 'entered' AND deleted_at IS NULL")
    .pluck()
    .get() as number;
}

export function insertPayment(ctx: Ctx, row: PaymentValues) {
  ctx.sqlite
    .prepare(
      `INSERT INTO allowance_payments (id, created_at, updated_at, agreement_id, seq, amount_fen, reverses_id, state, paid_on, note,
         maker_id, maker_name, checker_id, checker_name, checked_at, return_note)
       VALUES (@id, @createdAt, @createdAt, @agreementId, @seq, @amountFen, @reversesId, @state, @paidOn, @note,
         @makerId, @makerName, @checkerId, @checkerName, @checkedAt, @returnNote)`,
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
        `UPDATE allowance_payments SET state = @state, checker_id = @checkerId, checker_name = @checkerName, checked_at = @now,
           return_note = @note, updated_at = @now WHERE id = @id AND state = 'entered'`,
      )
      .run(change).changes === 1
  );
}
