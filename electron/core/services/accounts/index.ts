import type { AreaHandlers } from '../../router';
import { manageHandlers } from './manage';
import { signInHandlers } from './sign-in';

export const accountsHandlers: AreaHandlers<'accounts'> = { ...signInHandlers, ...manageHandlers };
