import { z } from 'zod';
import type { ChannelSpec } from './infra/define';
import { settingsContract } from './settings';
import { systemContract } from './system';
import { jobTypesContract } from './job-types';
import { eligibilityContract } from './eligibility';
import { cohortsContract } from './cohorts';
import { enterprisesContract } from './enterprises';
import { traineesContract } from './trainees';
import { certificatesContract } from './certificates';
import { dashboardContract } from './dashboard';
import { accountsContract } from './accounts';
import { stockContract } from './stock';
import { reportsContract } from './reports';
import { cityContract } from './city';
import { promotionsContract } from './promotions';
import { diplomaContract } from './diploma';
import { mentoringContract } from './mentoring';

/**
 * Every channel of the application, by name. Names are `area.action`; each area has its own folder
 * beside this one (`<area>/index.ts`), and its service under electron/core/services/ and screens
 * under renderer/src/features/ share the area's name. infra/ holds what every area's contract uses.
 */
export const contract = {
  ...systemContract,
  ...settingsContract,
  ...jobTypesContract,
  ...eligibilityContract,
  ...cohortsContract,
  ...enterprisesContract,
  ...traineesContract,
  ...certificatesContract,
  ...dashboardContract,
  ...accountsContract,
  ...stockContract,
  ...reportsContract,
  ...cityContract,
  ...promotionsContract,
  ...diplomaContract,
  ...mentoringContract,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type Parsed<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never;

// Validation messages that zod writes itself (wrong type, missing field) are shown to users too.
z.config(z.locales.zhCN());

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
