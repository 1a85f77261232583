import type { Handlers } from './router';
import { settingsHandlers } from './services/settings';
import { systemHandlers } from './services/system';
import { cohortsHandlers } from './services/cohorts';
import { enterprisesHandlers } from './services/enterprises';
import { traineesHandlers } from './services/trainees';

/** Every channel's handler; the compiler rejects a missing channel or a wrong signature. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...settingsHandlers,
  ...cohortsHandlers,
  ...enterprisesHandlers,
  ...traineesHandlers,
};
