import type { AreaHandlers } from '../../router';
import { exportPackage } from './export-package';
import { linkStatus, recordPackage, saveLink } from './link';

export const cityHandlers: AreaHandlers<'city'> = {
  'city.getLink': (_input, ctx) => linkStatus(ctx),
  'city.saveLink': (input, ctx) => saveLink(ctx, input),
  'city.exportPackage': (input, ctx) => exportPackage(ctx, input),
  'city.recordPackage': (input, ctx) => recordPackage(ctx, input),
};
