import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { call } from '../../electron/core/testing';
import { seedAppraisedCohort } from '../../electron/core/testing/certificate-fixtures';
import { benchCore, megabytes, ms, p50p95, sample, timed, type BenchSection } from './harness';

const count = 500;

/**
 * Issuing a cohort of 500 and writing their certificates to one PDF (each page with its photo, the
 * bundled CJK font, a vector QR code), as the 导出 PDF button does. Its own database: certificates
 * need passed enrollments, which the shared demo database does not hold.
 */
export const certificatesBench: BenchSection = {
  name: '证书：500 份签发、批量 PDF、核验',
  async run(context) {
    const dir = context.tempDir();
    const databasePath = join(dir, 'certificates.db');
    const core = benchCore(databasePath);
    await core.dispatch('settings.updateBaseProfile', {
      name: '泉州市机械行业产业工人技能实训基地',
      orgCode: '',
      address: '',
      certificateIssuer: '泉州市总工会',
      contactPhone: '',
    });
    const cohort = seedAppraisedCohort(databasePath, { passed: count });
    // A 295×413 px JPEG of 26 KB, the size of a scanned 一寸照.
    const photo = readFileSync(join(import.meta.dirname, 'certificate-photo.jpg'));
    const db = new Database(databasePath);
    const insertPhoto = db.prepare(
      "INSERT INTO trainee_photos (trainee_id, mime_type, bytes, updated_at) VALUES (?, 'image/jpeg', ?, '2026-05-01T00:00:00Z')",
    );
    db.transaction(() => cohort.traineeIds.forEach((id) => insertPhoto.run(id, photo)))();
    db.close();

    const [issued, issueMs] = await timed(() =>
      call(core, 'certificates.issue', {
        templateId: 'default-completion-a4',
        issueDate: '2026-05-20',
        enrollmentIds: cohort.enrollmentIds,
      }),
    );

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let events = 0;
    const unsubscribe = core.events.subscribe((event) => event.name === 'job.progress' && events++);
    const [pdf, renderMs] = await timed(() =>
      call(core, 'certificates.render', { certificateIds: issued.map((c) => c.id), jobId: 'bench' }),
    );
    clearInterval(watch);
    unsubscribe();
    peak = Math.max(peak, process.memoryUsage().rss);

    const skill = await call(core, 'certificates.issue', {
      templateId: 'default-skill-preprinted',
      issueDate: '2026-05-20',
      enrollmentIds: cohort.enrollmentIds,
    });
    const [skillPdf, skillMs] = await timed(() =>
      call(core, 'certificates.render', { certificateIds: skill.map((c) => c.id), printerName: 'none' }),
    );

    const first = issued[0]!;
    const verify = await sample(
      () => call(core, 'certificates.verify', { number: first.number, code: first.verifyCode }),
      500,
      20,
    );
    core.close();

    return [
      { figure: `签发 ${count} 份（一个事务：取号、冻结内容、HMAC、存照片）`, value: ms(issueMs) },
      {
        figure: `培训结业证书 PDF ${count} 页（含照片、印章位、二维码）`,
        value: `${(renderMs / 1000).toFixed(2)} s`,
        note: `${megabytes(Buffer.byteLength(pdf.base64, 'base64'))}，${pdf.pages} 页，进度事件 ${events} 次`,
      },
      {
        figure: '生成 PDF 时进程内存峰值',
        value: megabytes(peak),
        note: `开始前 ${megabytes(baseline)}，增加 ${megabytes(peak - baseline)}（含 base64 结果）`,
      },
      {
        figure: `职业技能等级证书套打 PDF ${count} 页`,
        value: `${(skillMs / 1000).toFixed(2)} s`,
        note: megabytes(Buffer.byteLength(skillPdf.base64, 'base64')),
      },
      { figure: '核验一张证书（编号 + 校验码）', value: p50p95(verify) },
    ];
  },
};
