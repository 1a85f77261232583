import { cohortCoreContract } from './cohorts';
import { enrollmentContract } from './enrollments';
import { rosterContract } from './rosters';
import { scoreContract } from './scores';

/** The cohorts area: cohorts and their lifecycle, enrollment and attendance, scores, rosters. */
export const cohortsContract = {
  ...cohortCoreContract,
  ...enrollmentContract,
  ...scoreContract,
  ...rosterContract,
};
