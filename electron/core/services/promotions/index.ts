import { defaultRules, describeRule } from '../../../../shared/domain/competitions/rules';
import type { AreaHandlers } from '../../router';
import * as competitions from './competitions';
import { commitEntryImport, previewEntryImport, readEntrySheet } from './entry-import';
import { exportEntries, exportLedger } from './exports';
import { promotionSummary } from './figures';
import { honourRows, recordCompetitionHonours, recordHonour, removeHonour } from './honours';
import { approvePromotions, recordCertificates, rejectPromotions, revokePromotion, toPromotionRow } from './ledger';
import { previewPublication, publishCompetition } from './publication';
import { proposeRecognition } from './recognition';
import * as store from './store';

/** The promotions area: skill competitions (技能竞赛) and the promotion ledger (技能晋升). */
export const promotionsHandlers: AreaHandlers<'competitions'> & AreaHandlers<'promotions'> = {
  'competitions.list': ({ year, q }, ctx) => competitions.listCompetitions(ctx, year, q),
  'competitions.get': ({ competitionId }, ctx) => competitions.competitionDetail(ctx, competitionId),
  'competitions.defaultRules': ({ level }) =>
    defaultRules(level).map((rule) => ({ ...rule, text: describeRule(rule) })),
  'competitions.create': (input, ctx) => competitions.createCompetition(ctx, input, defaultRules(input.level)),
  'competitions.update': ({ competitionId, fields }, ctx) => competitions.updateCompetition(ctx, competitionId, fields),
  'competitions.saveRules': ({ competitionId, rules }, ctx) => competitions.saveRules(ctx, competitionId, rules),
  'competitions.remove': ({ competitionId }, ctx) => competitions.removeCompetition(ctx, competitionId),
  'competitions.entries': ({ competitionId }, ctx) => competitions.entryRows(ctx, competitionId),
  'competitions.addEntry': (input, ctx) => competitions.addEntry(ctx, input),
  'competitions.removeEntry': ({ entryId }, ctx) => competitions.removeEntry(ctx, entryId),
  'competitions.saveResults': (input, ctx) => competitions.saveResults(ctx, input),
  'competitions.setHeldGrade': (input, ctx) => competitions.setHeldGrade(ctx, input),
  'competitions.readEntrySheet': ({ competitionId }, ctx) => readEntrySheet(ctx, competitionId),
  'competitions.previewEntryImport': (input, ctx) => previewEntryImport(ctx, input),
  'competitions.commitEntryImport': (input, ctx) => commitEntryImport(ctx, input),
  'competitions.previewPublication': ({ competitionId }, ctx) => previewPublication(ctx, competitionId),
  'competitions.publish': ({ competitionId }, ctx) => publishCompetition(ctx, competitionId),
  'competitions.exportEntries': ({ competitionId }, ctx) => exportEntries(ctx, competitionId, false),
  'competitions.exportWinners': ({ competitionId }, ctx) => exportEntries(ctx, competitionId, true),

  'promotions.list': ({ filter, after, limit }, ctx) => {
    const rows = store.ledgerPage(ctx, filter, after, limit);
    const last = rows.length === limit ? rows[rows.length - 1]! : null;
    return {
      rows: rows.map((r) => toPromotionRow(ctx, r)),
      next: last ? { createdAt: last.createdAt, id: last.id } : null,
    };
  },
  'promotions.count': ({ filter }, ctx) => ({ total: store.ledgerCount(ctx, filter) }),
  'promotions.pendingIds': ({ filter }, ctx) => {
    const ids = store.pendingIds(ctx, filter, 5001);
    return { ids: ids.slice(0, 5000), truncated: ids.length > 5000 };
  },
  /** The second person's check: the router's maker-checker rule refuses whoever proposed any of them. */
  'promotions.approve': {
    makers: ({ ids }, ctx) => store.proposersOf(ctx, ids),
    run: ({ ids }, ctx) => approvePromotions(ctx, ids),
  },
  'promotions.reject': ({ ids, reason }, ctx) => rejectPromotions(ctx, ids, reason),
  'promotions.revoke': ({ id, reason }, ctx) => revokePromotion(ctx, id, reason),
  'promotions.recordCertificates': ({ entries }, ctx) => recordCertificates(ctx, entries),
  'promotions.proposeRecognition': (input, ctx) => proposeRecognition(ctx, input),
  'promotions.ofTrainee': ({ traineeId }, ctx) => ({
    promotions: store.ledgerOfTrainee(ctx, traineeId).map((r) => toPromotionRow(ctx, r)),
    honours: honourRows(ctx, traineeId),
  }),
  'promotions.recordHonour': (input, ctx) => recordHonour(ctx, input),
  'promotions.recordCompetitionHonours': (input, ctx) => recordCompetitionHonours(ctx, input),
  'promotions.removeHonour': ({ id }, ctx) => removeHonour(ctx, id),
  'promotions.summary': (_input, ctx) => promotionSummary(ctx),
  'promotions.exportLedger': ({ filter }, ctx) => exportLedger(ctx, filter),
};
