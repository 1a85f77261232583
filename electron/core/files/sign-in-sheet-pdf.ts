import { shortDateLabel } from '@shared/domain/cohorts/schedule';
import type { SignInSheet } from '../services/cohorts/sign-in-sheet';
import { drawRow, numberPages, openCjkDocument, rowHeight } from './pdf-table';

/** Sessions side by side on one page: a week of Monday–Saturday plus one. */
const sessionsPerPage = 7;

/**
 * The sheet trainees sign at each session: landscape A4, one signature box per trainee and session,
 * seven sessions to a page (a week), the header repeated, and the instructor's signature line.
 */
export async function writeSignInSheetPdf(sheet: SignInSheet, resourcesFolder: string): Promise<Buffer> {
  const { pdf, done } = await openCjkDocument(resourcesFolder, sheet.title);
  const left = pdf.page.margins.left;
  const usable = pdf.page.width - left - pdf.page.margins.right;
  const bottom = pdf.page.height - pdf.page.margins.bottom - 24;
  const groups: SignInSheet['sessions'][] = [];
  for (let i = 0; i < Math.max(1, sheet.sessions.length); i += sessionsPerPage)
    groups.push(sheet.sessions.slice(i, i + sessionsPerPage));

  groups.forEach((sessions, index) => {
    if (index > 0) pdf.addPage();
    const fixed = [usable * 0.05, usable * 0.09, usable * 0.2];
    const each = (usable - fixed.reduce((a, b) => a + b, 0)) / Math.max(sessions.length, 1);
    const widths = [...fixed, ...(sessions.length ? sessions.map(() => each) : [each])];
    const header = [
      '序号',
      '姓名',
      '工作单位',
      ...(sessions.length
        ? sessions.map((s) => `${shortDateLabel(s.date)}\n${s.hours} 课时${s.topic ? `\n${s.topic}` : ''}`)
        : ['（所选日期没有课次）']),
    ];
    const head = { fontSize: 8, minHeight: 30, bold: true };
    const body = { fontSize: 8, minHeight: 26 };
    const heading = () => {
      let y = pdf.page.margins.top;
      pdf.font('cjk-bold').fontSize(14).text(sheet.title, left, y, { width: usable, align: 'center' });
      pdf
        .font('cjk')
        .fontSize(9)
        .text(sheet.subtitle, left, pdf.y + 2, { width: usable, align: 'center' });
      y = pdf.y + 6;
      return y + drawRow(pdf, header, widths, left, y, head);
    };
    let y = heading();
    for (const trainee of sheet.trainees) {
      const cells = [String(trainee.seq), trainee.name, trainee.enterprise, ...widths.slice(3).map(() => '')];
      if (y + rowHeight(pdf, cells, widths, body) > bottom) {
        pdf.addPage();
        y = heading();
      }
      y += drawRow(pdf, cells, widths, left, y, body);
    }
    pdf
      .font('cjk')
      .fontSize(9)
      .text(
        `应到 ${sheet.trainees.length} 人\u3000实到 ______ 人\u3000\u3000讲师签字：______________\u3000\u3000班主任签字：______________`,
        left,
        y + 10,
        { width: usable },
      );
  });
  numberPages(pdf);
  pdf.end();
  return done;
}
