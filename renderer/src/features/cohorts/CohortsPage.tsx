import { useSearchParams } from 'react-router';
import { CohortDetailPage } from './CohortDetailPage';
import { CohortListPage } from './CohortListPage';

/** /cohorts lists the cohorts and the base overview; /cohorts?id=… opens one cohort. */
export function CohortsPage() {
  const [params] = useSearchParams();
  const id = params.get('id');
  return id ? <CohortDetailPage id={id} /> : <CohortListPage />;
}
