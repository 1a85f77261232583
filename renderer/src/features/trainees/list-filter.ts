import type { TraineeFilter } from '@shared/contract/trainees/filter';

/** The list filter lives in the address (#/trainees?q=…), so going back from a detail page keeps it. */
export function filterFromParams(params: URLSearchParams): TraineeFilter {
  const grade = params.get('grade');
  return {
    search: params.get('q') ?? '',
    enterpriseId: params.get('enterprise') ?? '',
    district: params.get('district') ?? '',
    education: params.get('education') ?? '',
    jobTypeId: params.get('jobType') ?? '',
    grade: grade ? Number(grade) : null,
  };
}

export function paramsFromFilter(filter: TraineeFilter): Record<string, string> {
  const entries: [string, string][] = [
    ['q', filter.search],
    ['enterprise', filter.enterpriseId],
    ['district', filter.district],
    ['education', filter.education],
    ['jobType', filter.jobTypeId],
    ['grade', filter.grade === null ? '' : String(filter.grade)],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== ''));
}
