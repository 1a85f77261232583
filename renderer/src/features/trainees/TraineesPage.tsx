import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { TraineeDetailPage } from './TraineeDetailPage';
import { TraineeListView, type TraineeSelection } from './TraineeListView';

/** #/trainees lists; #/trainees?id=… shows one trainee (the list filter stays in the address). */
export function TraineesPage() {
  const [params, setParams] = useSearchParams();
  // Held here so that opening a trainee and coming back keeps the selection.
  const [selection, setSelection] = useState<TraineeSelection>({ filterKey: '', ids: new Set() });
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
      selection={selection}
      onSelectionChange={setSelection}
      onOpen={(traineeId) => {
        const next = new URLSearchParams(params);
        next.set('id', traineeId);
        setParams(next);
      }}
    />
  );
}
