import type { BrowserModeApp } from './browser-mode';

/** Two trainees who started work in 2012, enrolled in an 电工 五级 cohort that trained 8 hours and now awaits the appraisal. */
const awaitingPeople = [
  { name: '黄志强', idNumber: '350521198801010037' },
  { name: '吴美玲', idNumber: '350583199506200042' },
];

/** Sets up, through the contract, the cohort a score test starts from; returns it and its enrollment ids by name. */
export async function awaitingCohort(app: BrowserModeApp, name: string) {
  const electrician = (await app.invoke('jobTypes.list', {})).find((j) => j.name === '电工')!;
  const trainees = [];
  for (const person of awaitingPeople) {
    trainees.push(
      await app.invoke('trainees.create', {
        ...person,
        phone: '',
        education: '高中',
        enterpriseId: null,
        jobTitle: '',
        workStartDate: '2012-03-01',
      }),
    );
  }
  const cohort = await app.invoke('cohorts.create', {
    name,
    jobTypeId: electrician.id,
    grade: 5,
    capacity: 10,
    requiredHours: 8,
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await app.invoke('cohorts.enroll', { cohortId: cohort.id, traineeIds: trainees.map((t) => t.id) });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'training' });
  await app.invoke('cohorts.addSession', { cohortId: cohort.id, date: '2026-06-01', hours: 8 });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'awaiting' });
  const enrollments = await app.invoke('cohorts.enrollments', { cohortId: cohort.id });
  return {
    cohort,
    enrollmentIds: Object.fromEntries(enrollments.map((e) => [e.name, e.id])) as Record<string, string>,
  };
}
