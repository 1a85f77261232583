import type { Handlers } from './router';
import { settingsHandlers } from './services/settings';
import { systemHandlers } from './services/system';

/** Every channel's handler; the compiler rejects a missing channel or a wrong signature. */
export const handlers: Handlers = {
  ...systemHandlers,
  ...settingsHandlers,
};
