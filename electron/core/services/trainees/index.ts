import type { AreaHandlers } from '../../router';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { photoHandlers } from './photos';
import { recordHandlers } from './records';

export const traineesHandlers: AreaHandlers<'trainees'> = {
  ...recordHandlers,
  ...exportHandlers,
  ...photoHandlers,
  ...importHandlers,
};
