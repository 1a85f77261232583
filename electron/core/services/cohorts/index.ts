import type { AreaHandlers } from '../../router';
import { attendanceHandlers } from './attendance';
import { cohortHandlers } from './cohorts';
import { enrollmentHandlers } from './enrollments';
import { rosterHandlers } from './rosters';
import { scoreHandlers } from './scores';
import { signUpHandlers } from './signup';

export const cohortsHandlers: AreaHandlers<'cohorts'> = {
  ...cohortHandlers,
  ...enrollmentHandlers,
  ...signUpHandlers,
  ...attendanceHandlers,
  ...scoreHandlers,
  ...rosterHandlers,
};
