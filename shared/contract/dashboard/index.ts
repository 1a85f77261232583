import { z } from 'zod';
import type { CohortStage } from '../../domain/cohorts/lifecycle';
import { query } from '../infra/define';

export interface DashboardSummary {
  /** The local calendar year every "this year" figure counts, e.g. 2026. */
  year: number;
  trainees: { total: number; registeredThisYear: number };
  enterprises: number;
  /** Job types of the catalog that are not retired. */
  activeJobTypes: number;
  /** Every stage in lifecycle order, zero when no cohort is in it. */
  cohortsByStage: { stage: CohortStage; label: string; cohorts: number }[];
  /** Enrollments whose results were published this year, in person-times (人次). */
  appraisals: {
    /** Sat a paper (合格, 不合格, 违纪), as the roster's 实考. */
    sat: number;
    passed: number;
    absent: number;
    /** passed / sat, 0..1; null when nobody sat. */
    passRate: number | null;
  };
  /** Grades obtained this year through the base's own routes (既有证书登记 is not a promotion). */
  promotions: { appraisal: number; competition: number; recognition: number };
  /** Certificates issued this year and not voided. */
  certificatesIssued: number;
}

export const dashboardContract = {
  'dashboard.summary': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '查看工作台统计',
  }).returns<DashboardSummary>(),
};
