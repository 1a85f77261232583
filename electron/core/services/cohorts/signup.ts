import type { AreaHandlers } from '../../router';
import { AppError } from '../../../../shared/errors';

type Handlers = Pick<AreaHandlers<'cohorts'>, 'cohorts.previewSignUpSheet' | 'cohorts.importSignUpSheet'>;

export const signUpHandlers: Handlers = {
  'cohorts.previewSignUpSheet': () => {
    throw new AppError('INTERNAL', '待学员导入接入');
  },
  'cohorts.importSignUpSheet': () => {
    throw new AppError('INTERNAL', '待学员导入接入');
  },
};
