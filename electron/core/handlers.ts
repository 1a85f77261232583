import type { Handlers } from './router';
import { settingsHandlers } from './services/settings';
import { systemHandlers } from './services/system';
import { jobTypesHandlers } from './services/job-types';
import { eligibilityHandlers } from './services/eligibility';
import { cohortsHandlers } from './services/cohorts';
import { enterprisesHandlers } from './services/enterprises';
import { traineesHandlers } from './services/trainees';
import { certificatesHandlers } from './services/certificates';
import { dashboardHandlers } from './services/dashboard';
import { accountsHandlers } from './services/accounts';
import { stockHandlers } from './services/stock';
import { reportsHandlers } from './services/reports';
import { cityHandlers } from './services/city';
import { promotionsHandlers } from './services/promotions';
import { diplomaHandlers } from './services/diploma';
import { mentoringHandlers } from './services/mentoring';

/** Every channel's handler; the compiler rejects a missing channel or a wrong signature. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...jobTypesHandlers,
  ...eligibilityHandlers,
  ...cohortsHandlers,
  ...enterprisesHandlers,
  ...traineesHandlers,
  ...certificatesHandlers,
  ...dashboardHandlers,
  ...accountsHandlers,
  ...stockHandlers,
  ...reportsHandlers,
  ...cityHandlers,
  ...promotionsHandlers,
  ...diplomaHandlers,
  ...mentoringHandlers,
};
