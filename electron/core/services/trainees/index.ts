import type { AreaHandlers } from '../../router';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { listHandlers } from './list';
import { photoHandlers } from './photos';
import { recordHandlers } from './records';

export const traineesHandlers: AreaHandlers<'trainees'> = {
  ...listHandlers,
  ...recordHandlers,
  ...exportHandlers,
  ...photoHandlers,
  ...importHandlers,
};
