import type { Qualifications } from '@shared/contract/eligibility';
import { schoolStatusLabels } from '@shared/contract/eligibility';
import { schoolKindLabels, titleLabels } from '@shared/domain/eligibility';
import { AppError, type FieldIssue } from '@shared/errors';
import type { HandlerContext } from '../../context';

/** Dates no later than today nor before birth; job types that exist. Every problem at once, with its place. */
export function checkQualifications(ctx: HandlerContext, qualifications: Qualifications, birthDate: string | null) {
  const issues: FieldIssue[] = [];
  const jobTypeExists = ctx.sqlite.prepare('SELECT 1 FROM job_types WHERE id = ? AND deleted_at IS NULL');
  const checkDate = (field: string, label: string, date: string) => {
    if (date > ctx.today) issues.push({ field, message: `${label}（${date}）晚于今天` });
    else if (birthDate !== null && date < birthDate) issues.push({ field, message: `${label}（${date}）早于出生日期` });
  };
  qualifications.schooling.forEach((s, i) => {
    if (s.matchingJobTypeIds.some((id) => !jobTypeExists.get(id)))
      issues.push({ field: `schooling.${i}.matchingJobTypeIds`, message: `第 ${i + 1} 条学历：所选对口工种不存在` });
  });
  qualifications.titles.forEach((t, i) =>
    checkDate(`titles.${i}.obtainedOn`, `第 ${i + 1} 条职称的取得日期`, t.obtainedOn),
  );
  qualifications.apprenticeships.forEach((a, i) => {
    if (!jobTypeExists.get(a.jobTypeId))
      issues.push({ field: `apprenticeships.${i}.jobTypeId`, message: `第 ${i + 1} 条学徒经历：所选工种不存在` });
    checkDate(`apprenticeships.${i}.completedOn`, `第 ${i + 1} 条学徒经历的期满日期`, a.completedOn);
  });
  if (issues.length > 0) throw new AppError('VALIDATION', issues.map((issue) => issue.message).join('；'), { issues });
}

/** One line for the audit log: "技工学校 数控技术（已毕业）；中级职称 2019-06-01；学徒期满 车工 2020-01-01". */
export function describeQualifications(ctx: HandlerContext, qualifications: Qualifications): string {
  const nameOf = ctx.sqlite.prepare('SELECT name FROM job_types WHERE id = ?').pluck();
  const jobTypeName = (id: string) => (nameOf.get(id) as string | undefined) ?? id;
  const parts = [
    ...qualifications.schooling.map(
      (s) => `${schoolKindLabels[s.kind]}${s.major ? ` ${s.major}` : ''}（${schoolStatusLabels[s.status]}）`,
    ),
    ...qualifications.titles.map((t) => `${titleLabels[t.level]}${t.name ? ` ${t.name}` : ''} ${t.obtainedOn}`),
    ...qualifications.apprenticeships.map((a) => `学徒期满 ${jobTypeName(a.jobTypeId)} ${a.completedOn}`),
  ];
  return parts.length ? parts.join('；') : '全部清除';
}
