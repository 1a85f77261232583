import { useSearchParams } from 'react-router';
import { TraineeDetailPage } from './TraineeDetailPage';
import { TraineeListView } from './TraineeListView';

/** #/trainees lists; #/trainees?id=… shows one trainee (the list filter stays in the address). */
export function TraineesPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  if (id) {
    const back = new URLSearchParams(params);
    back.delete('id');
    return <TraineeDetailPage id={id} onBack={() => setParams(back)} />;
  }
  return (
    <TraineeListView
      params={params}
      setParams={setParams}
      onOpen={(traineeId) => {
        const next = new URLSearchParams(params);
        next.set('id', traineeId);
        setParams(next);
      }}
    />
  );
}
