import type { Parsed } from '../../../../shared/contract';
import { awardLabels, groupLabels } from '../../../../shared/domain/competitions/levels';
import { gradeLabel, type Grade } from '../../../../shared/domain/grades';
import { maskIdNumber } from '../../../../shared/domain/masking';
import { pathLabels, stateLabels } from '../../../../shared/domain/promotions/ledger';
import type { HandlerContext } from '../../context';
import { writeXlsxFile, type XlsxColumn } from '../../files/xlsx-writer';
import * as store from './store';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * The entry list (报名汇总/成绩汇总) with whole ID numbers, as the organising committee and the
 * certifying agency need them; every export is logged.
 */
export async function exportEntries(ctx: HandlerContext, competitionId: string, winnersOnly: boolean) {
  const competition = store.getCompetition(ctx, competitionId);
  const parts = JSON.parse(competition.scoreParts) as string[];
  const all = store.entriesOf(ctx, competitionId);
  const rows = winnersOnly
    ? all.filter((e) => e.award !== null || e.promotionState !== null).sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))
    : all;
  type Row = (typeof rows)[number];
  const columns: XlsxColumn<Row>[] = [
    { header: '序号', width: 6, value: (r) => rows.indexOf(r) + 1 },
    { header: '姓名', width: 10, value: (r) => r.name },
    { header: '身份证号', width: 22, text: true, value: (r) => r.idNumber },
    { header: '单位', width: 30, value: (r) => r.unitName },
    { header: '组别', width: 8, value: (r) => groupLabels[r.contestantGroup] },
    ...(winnersOnly
      ? []
      : parts.map((part, i): XlsxColumn<Row> => ({
          header: part,
          width: 8,
          value: (r) => (r.absent ? '缺考' : ((JSON.parse(r.scores) as (number | null)[])[i] ?? '')),
        }))),
    { header: '总分', width: 8, value: (r) => (r.absent ? '缺考' : (r.total ?? '')) },
    { header: '名次', width: 6, value: (r) => r.rank ?? '' },
    { header: '奖项', width: 8, value: (r) => (r.award ? awardLabels[r.award] : '') },
    { header: '奖金（元）', width: 10, value: (r) => (r.prizeFen ? yuan(r.prizeFen) : '') },
    { header: '晋升结果', width: 50, value: (r) => r.outcome },
  ];
  await writeXlsxFile(
    ctx.files.output!.path,
    { sheetName: winnersOnly ? '获奖名单' : '参赛名单', title: competition.name, columns, rows },
    () => ctx.job.checkCancelled(),
  );
  ctx.audit({
    recordIds: [competitionId],
    summary: `导出“${competition.name}”${winnersOnly ? '获奖名单' : '参赛名单'} ${rows.length} 人（含完整身份证号）`,
  });
  return { fileName: ctx.files.output!.name, rows: rows.length };
}

/** The ledger as a workbook, ID numbers masked (it is a register of decisions, not a roster). */
export async function exportLedger(ctx: HandlerContext, filter: Parsed<'promotions.exportLedger'>['filter']) {
  const total = store.ledgerCount(ctx, filter);
  type Row = store.LedgerRecord;
  const grade = (g: number | null) => (g === null ? '无' : gradeLabel(g as Grade));
  const columns: XlsxColumn<Row>[] = [
    { header: '姓名', width: 10, value: (r) => r.name },
    { header: '身份证号', width: 22, text: true, value: (r) => maskIdNumber(r.idNumber) },
    { header: '工作单位', width: 30, value: (r) => r.enterpriseName },
    { header: '职业（工种）', width: 18, value: (r) => r.jobTypeName },
    { header: '原等级', width: 14, value: (r) => grade(r.fromGrade) },
    { header: '晋升等级', width: 14, value: (r) => grade(r.toGrade) },
    { header: '晋升途径', width: 12, value: (r) => pathLabels[r.path] },
    { header: '依据', width: 50, value: (r) => r.reason },
    { header: '依据日期', width: 12, text: true, value: (r) => r.evidenceDate },
    { header: '状态', width: 8, value: (r) => stateLabels[r.state] },
    { header: '提交人', width: 10, value: (r) => r.proposedByName },
    { header: '核准人', width: 10, value: (r) => r.decidedByName ?? '' },
    { header: '证书编号', width: 20, text: true, value: (r) => r.certificateNo },
    { header: '发证日期', width: 12, text: true, value: (r) => r.certifiedOn ?? '' },
  ];
  let count = 0;
  const rows = (function* () {
    for (const row of store.ledgerRows(ctx, filter)) {
      count++;
      yield row;
    }
  })();
  await writeXlsxFile(ctx.files.output!.path, { sheetName: '晋升台账', columns, rows }, (written) => {
    ctx.job.checkCancelled();
    ctx.job.progress(
      written,
      total,
      `正在导出晋升台账：${written.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 条`,
    );
  });
  ctx.audit({ recordIds: [], summary: `导出晋升台账 ${count} 条（身份证号已遮蔽）` });
  return { fileName: ctx.files.output!.name, rows: count };
}
