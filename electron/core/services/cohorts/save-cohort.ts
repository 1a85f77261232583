import { AppError } from '@shared/errors';
import type { Parsed } from '@shared/contract';
import type { HandlerContext } from '../../context';
import type { CohortRow } from './facts';

type CohortInput = Parsed<'cohorts.create'> | Parsed<'cohorts.update'>;

/** Writes a cohort with its staff and partner enterprises; returns its id. */
export function saveCohort(ctx: HandlerContext, existing: CohortRow | null, input: CohortInput): string {
  const jobTypeId = existing ? existing.jobTypeId : (input as Parsed<'cohorts.create'>).jobTypeId;
  const grade = existing ? existing.grade : (input as Parsed<'cohorts.create'>).grade;
  const catalog = ctx.sqlite
    .prepare(
      `SELECT j.name, j.retired_at AS retiredAt, g.training_hours AS hours FROM job_types j
         LEFT JOIN job_type_grades g ON g.job_type_id = j.id AND g.grade = ? WHERE j.id = ? AND j.deleted_at IS NULL`,
    )
    .get(grade, jobTypeId) as { name: string; retiredAt: string | null; hours: number | null } | undefined;
  if (!catalog) throw new AppError('NOT_FOUND', '所选工种不存在');
  if (!existing && catalog.retiredAt) throw new AppError('CONFLICT', `工种“${catalog.name}”已停用，不能新开培训班`);
  if (catalog.hours === null)
    throw new AppError('VALIDATION', `工种“${catalog.name}”没有开设该等级`, {
      issues: [{ field: 'grade', message: '目录中没有该等级' }],
    });
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    throw new AppError('VALIDATION', '结束日期早于开始日期', {
      issues: [{ field: 'endDate', message: '结束日期早于开始日期' }],
    });
  }
  const requiredHours = input.requiredHours ?? existing?.requiredHours ?? catalog.hours;
  const id = existing?.id ?? ctx.newId();
  if (existing) {
    const { n } = ctx.sqlite
      .prepare('SELECT count(*) AS n FROM enrollments WHERE cohort_id = ? AND deleted_at IS NULL')
      .get(id) as { n: number };
    if (input.capacity < n) throw new AppError('CONFLICT', `已有 ${n} 名学员报名，容量不能小于 ${n}`);
    ctx.sqlite
      .prepare(
        `UPDATE cohorts SET name = ?, term = ?, start_date = ?, end_date = ?, required_hours = ?, venue = ?, capacity = ?, note = ?, updated_at = ?
          WHERE id = ?`,
      )
      .run(
        input.name,
        input.term,
        input.startDate,
        input.endDate,
        requiredHours,
        input.venue,
        input.capacity,
        input.note,
        ctx.now,
        id,
      );
  } else {
    ctx.sqlite
      .prepare(
        `INSERT INTO cohorts (id, created_at, updated_at, name, term, job_type_id, grade, stage, start_date, end_date, required_hours, venue, capacity, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'planning', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        ctx.now,
        ctx.now,
        input.name,
        input.term,
        jobTypeId,
        grade,
        input.startDate,
        input.endDate,
        requiredHours,
        input.venue,
        input.capacity,
        input.note,
      );
  }
  if (input.staff) saveStaff(ctx, id, input.staff);
  if (input.enterpriseIds) {
    ctx.sqlite.prepare('DELETE FROM cohort_enterprises WHERE cohort_id = ?').run(id);
    const addEnterprise = ctx.sqlite.prepare(
      'INSERT OR IGNORE INTO cohort_enterprises (cohort_id, enterprise_id, created_at) VALUES (?, ?, ?)',
    );
    for (const enterpriseId of input.enterpriseIds) addEnterprise.run(id, enterpriseId, ctx.now);
  }
  return id;
}

/** Staff are people records reused across cohorts: a known person is linked, a new one is created. */
function saveStaff(ctx: HandlerContext, cohortId: string, staff: NonNullable<CohortInput['staff']>) {
  ctx.sqlite.prepare('DELETE FROM cohort_staff WHERE cohort_id = ?').run(cohortId);
  const link = ctx.sqlite.prepare(
    'INSERT OR IGNORE INTO cohort_staff (cohort_id, person_id, role, created_at) VALUES (?, ?, ?, ?)',
  );
  for (const member of staff) {
    let personId = member.personId;
    if (personId) {
      ctx.sqlite
        .prepare('UPDATE staff_people SET name = ?, title = ?, phone = ?, updated_at = ? WHERE id = ?')
        .run(member.name, member.title, member.phone, ctx.now, personId);
    } else {
      personId = ctx.newId();
      ctx.sqlite
        .prepare('INSERT INTO staff_people (id, created_at, updated_at, name, title, phone) VALUES (?, ?, ?, ?, ?, ?)')
        .run(personId, ctx.now, ctx.now, member.name, member.title, member.phone);
    }
    link.run(cohortId, personId, member.role, ctx.now);
  }
}
