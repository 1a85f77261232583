import { contract, isChannel, type Channel } from '@shared/contract';
import type { ChannelSpec } from '@shared/contract/infra/define';

/**
 * Which threads serve a call:
 * - write: every mutation, on the one writer connection, one at a time (SQLite has one writer);
 * - long: reads that take seconds at 500,000 trainees (files, PDFs, whole-table scans), in their
 *   own threads so that they never hold up the short ones;
 * - read: everything else, answered in milliseconds, so the list pages while an export runs.
 */
export type Lane = 'write' | 'read' | 'long';

/**
 * Long reads that have no `job` in the contract yet: they already run off the short lane, and
 * each leaves this list when its progress and cancel are wired (a `job` in its contract entry).
 * Figures from issue 20 and the benchmark at 500,000 trainees / 2,000,000 enrollments.
 */
const longReadsWithoutJob: ReadonlySet<Channel> = new Set<Channel>([
  'system.backup', // 5.9 s
  'dashboard.summary', // 0.16 s, but it aggregates 2,000,000 enrollments
  'reports.run', // a year's enrollments grouped, at 500,000 trainees: see the bench
  'reports.trainingAppraisal',
  'reports.trend',
  'reports.records',
  'eligibility.search',
  'eligibility.exportSearch',
  'cohorts.exportRoster',
  'cohorts.exportRosterPdf',
  'cohorts.exportSubmission',
  'cohorts.signInSheet',
  'cohorts.previewSignUpSheet',
  'cohorts.previewScoreImport',
  'jobTypes.previewImport',
  'trainees.importErrorsWorkbook',
  'trainees.exportPhotoZip',
  'certificates.render',
  'certificates.calibrationSheet',
  'certificates.previewImport',
]);

/**
 * Reads of the audit log run on the writer, behind the copy of the readers' audit inbox that waits
 * at the head of its queue: the log then shows the view or export that was just answered.
 */
const readsOfTheAuditLog: ReadonlySet<Channel> = new Set<Channel>(['system.listAudit']);

export function laneOf(channel: string): Lane {
  if (!isChannel(channel)) return 'read';
  const spec: ChannelSpec = contract[channel];
  if (spec.kind === 'mutation' || readsOfTheAuditLog.has(channel)) return 'write';
  return spec.job || longReadsWithoutJob.has(channel) ? 'long' : 'read';
}
