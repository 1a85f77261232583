import { useSearchParams } from 'react-router';
import { CompetitionDetailPage } from './CompetitionDetailPage';
import { CompetitionListPage } from './CompetitionListPage';

/** #/competitions lists the competitions; #/competitions?id=… opens one. */
export function CompetitionsPage() {
  const [params] = useSearchParams();
  const id = params.get('id');
  return id ? <CompetitionDetailPage id={id} /> : <CompetitionListPage />;
}
