import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedAppraisedCohort, type SeededCohort } from '../../testing/certificate-fixtures';

const completionTemplate = 'default-completion-a4';
const skillTemplate = 'default-skill-preprinted';
let core: TestCore;
let cohort: SeededCohort;

beforeEach(async () => {
  core = createTestCore();
  cohort = seedAppraisedCohort(core.databasePath, { passed: 6, failed: 1 });
  await call(core, 'certificates.updateSettings', {
    baseCode: 'qzjx',
    completionPattern: 'JY{base}{yyyy}{seq6}',
    skillPattern: '{base}{yyyy}{grade}{seq6}',
    sealImage: null,
  });
});
afterEach(() => core.dispose());

const issue = (enrollmentIds: string[], templateId = completionTemplate, issueDate = '2026-05-20') =>
  call(core, 'certificates.issue', { templateId, issueDate, enrollmentIds });

function rawDb() {
  return new Database(core.databasePath);
}

describe('numbering', () => {
  it('allocates dense numbers from the pattern, one counter per year and grade', async () => {
    const issued = await issue(cohort.enrollmentIds.slice(0, 3));
    expect(issued.map((c) => c.number)).toEqual(['JYQZJX2026000001', 'JYQZJX2026000002', 'JYQZJX2026000003']);
    const skill = await issue(cohort.enrollmentIds.slice(0, 2), skillTemplate);
    expect(skill.map((c) => c.number)).toEqual(['QZJX20264000001', 'QZJX20264000002']);
    const nextYear = await issue(cohort.enrollmentIds.slice(3, 4), completionTemplate, '2027-01-05');
    expect(nextYear[0]!.number).toBe('JYQZJX2027000001');
  });

  it('takes nothing when the issuing transaction rolls back: the next number follows the last one kept', async () => {
    await issue(cohort.enrollmentIds.slice(0, 2));
    const failedEnrollment = cohort.enrollmentIds.at(-1)!;
    const result = await core.dispatch('certificates.issue', {
      templateId: completionTemplate,
      issueDate: '2026-05-20',
      enrollmentIds: [cohort.enrollmentIds[2]!, cohort.enrollmentIds[3]!, failedEnrollment],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('鉴定结果不是合格');
    const after = await issue([cohort.enrollmentIds[2]!]);
    expect(after[0]!.number).toBe('JYQZJX2026000003');
    expect((await call(core, 'certificates.list', { cohortId: cohort.cohortId })).map((c) => c.number)).toEqual([
      'JYQZJX2026000001',
      'JYQZJX2026000002',
      'JYQZJX2026000003',
    ]);
  });

  it('says so when a short sequence is used up, instead of wrapping or skipping', async () => {
    await call(core, 'certificates.updateSettings', {
      baseCode: 'QZ',
      completionPattern: 'T{seq3}',
      skillPattern: '{base}{seq6}',
      sealImage: null,
    });
    const db = rawDb();
    db.prepare("INSERT INTO certificate_sequences (scope, last_value) VALUES ('T#', 998)").run();
    db.close();
    expect((await issue([cohort.enrollmentIds[0]!]))[0]!.number).toBe('T999');
    const full = await core.dispatch('certificates.issue', {
      templateId: completionTemplate,
      issueDate: '2026-05-20',
      enrollmentIds: [cohort.enrollmentIds[1]!],
    });
    expect(!full.ok && full.error.message).toContain('流水号已用完');
  });

  it('refuses a second live certificate of the same kind for one enrollment', async () => {
    await issue([cohort.enrollmentIds[0]!]);
    const again = await core.dispatch('certificates.issue', {
      templateId: completionTemplate,
      issueDate: '2026-05-20',
      enrollmentIds: [cohort.enrollmentIds[0]!],
    });
    expect(!again.ok && again.error.message).toContain('已有培训结业证书 JYQZJX2026000001');
  });

  it('refuses results that are not published yet', async () => {
    const unpublished = seedAppraisedCohort(core.databasePath, { passed: 1, prefix: 'c2', published: false });
    const result = await core.dispatch('certificates.issue', {
      templateId: completionTemplate,
      issueDate: '2026-05-20',
      enrollmentIds: unpublished.enrollmentIds,
    });
    expect(!result.ok && result.error.message).toContain('成绩尚未公布');
  });

  it('refuses a name the bundled font cannot print instead of printing empty boxes', async () => {
    const db = rawDb();
    db.prepare('UPDATE trainees SET name = ? WHERE id = ?').run('林𪚥', cohort.traineeIds[0]);
    db.close();
    const result = await core.dispatch('certificates.issue', {
      templateId: completionTemplate,
      issueDate: '2026-05-20',
      enrollmentIds: [cohort.enrollmentIds[0]!],
    });
    expect(!result.ok && result.error.message).toContain('字体中没有“𪚥”');
  });
});

describe('frozen values, void, reprint and reissue', () => {
  it('keeps printed values when the trainee is edited later; a reissue is explicit and takes a new number', async () => {
    const [first] = await issue([cohort.enrollmentIds[0]!]);
    const db = rawDb();
    db.prepare('UPDATE trainees SET name = ? WHERE id = ?').run('陈志刚', cohort.traineeIds[0]);
    db.close();
    const [still] = await call(core, 'certificates.list', { number: first!.number });
    expect(still!.name).toBe(cohort.names[0]);

    const reissued = await call(core, 'certificates.reissue', {
      certificateId: first!.id,
      reason: '学员改名，已核对户口本',
      templateId: completionTemplate,
      issueDate: '2026-06-01',
    });
    expect(reissued.name).toBe('陈志刚');
    expect(reissued.number).toBe('JYQZJX2026000002');
    const history = await call(core, 'certificates.history', { traineeId: cohort.traineeIds[0]! });
    expect(history.map((h) => [h.number, h.status])).toEqual([
      ['JYQZJX2026000002', 'issued'],
      ['JYQZJX2026000001', 'voided'],
    ]);
    expect(history[1]!.voidReason).toBe('重新签发：学员改名，已核对户口本');
    expect(history[0]!.events.map((e) => e.action)).toEqual(['issue', 'reissue']);
  });

  it('records prints and reprints with the same number, and a void with its reason that frees nothing', async () => {
    const [certificate] = await issue([cohort.enrollmentIds[0]!]);
    expect(
      await call(core, 'certificates.recordPrint', {
        certificateIds: [certificate!.id],
        printerName: 'HP LaserJet',
        reason: '',
      }),
    ).toEqual({ printed: 1, reprinted: 0 });
    expect(
      await call(core, 'certificates.recordPrint', {
        certificateIds: [certificate!.id],
        printerName: 'HP LaserJet',
        reason: '卡纸重打',
      }),
    ).toEqual({ printed: 0, reprinted: 1 });
    const voided = await call(core, 'certificates.void', { certificateId: certificate!.id, reason: '信息录入错误' });
    expect(voided.status).toBe('voided');
    const printVoided = await core.dispatch('certificates.recordPrint', {
      certificateIds: [certificate!.id],
      printerName: 'HP LaserJet',
      reason: '',
    });
    expect(!printVoided.ok && printVoided.error.message).toContain('已作废');

    const [next] = await issue([cohort.enrollmentIds[0]!]);
    expect(next!.number).toBe('JYQZJX2026000002');
    const [, old] = await call(core, 'certificates.history', { traineeId: cohort.traineeIds[0]! });
    expect(old!.number).toBe(certificate!.number);
    expect(old!.events.map((e) => [e.action, e.reason, e.printerName])).toEqual([
      ['issue', '', ''],
      ['print', '', 'HP LaserJet'],
      ['reprint', '卡纸重打', 'HP LaserJet'],
      ['void', '信息录入错误', ''],
    ]);
    expect(old!.printCount).toBe(2);
  });
});

describe('verification', () => {
  it('answers genuine, altered, voided and unknown', async () => {
    const [certificate] = await issue([cohort.enrollmentIds[0]!]);
    const genuine = await call(core, 'certificates.verify', {
      number: certificate!.number.toLowerCase(),
      code: certificate!.verifyCode.replace('-', ' ').toLowerCase(),
    });
    expect(genuine.verdict).toBe('genuine');
    expect(genuine.recorded?.name).toBe(cohort.names[0]);
    expect(genuine.recorded?.maskedIdNumber).toMatch(/^350582\*{8}\d{3}[\dX]$/);

    const scanned = await call(core, 'certificates.verify', {
      text: `JXCERT|${certificate!.number}|${certificate!.verifyCode}`,
    });
    expect(scanned.verdict).toBe('genuine');
    const wrongCode = await call(core, 'certificates.verify', { number: certificate!.number, code: 'AAAA-AAAA' });
    expect(wrongCode.verdict).toBe('altered');
    expect(
      (await call(core, 'certificates.verify', { number: 'JYQZJX2026999999', code: certificate!.verifyCode })).verdict,
    ).toBe('unknown');

    await call(core, 'certificates.void', { certificateId: certificate!.id, reason: '学员申请注销' });
    const voided = await call(core, 'certificates.verify', {
      number: certificate!.number,
      code: certificate!.verifyCode,
    });
    expect(voided.verdict).toBe('voided');
    expect(voided.explanation).toContain('学员申请注销');
  });

  it('detects a record whose printed values were changed behind the application', async () => {
    const [certificate] = await issue([cohort.enrollmentIds[0]!]);
    const db = rawDb();
    const stored = JSON.parse(
      (db.prepare('SELECT printed_values AS v FROM certificates WHERE id = ?').get(certificate!.id) as { v: string }).v,
    ) as Record<string, string>;
    for (const key of Object.keys(stored).filter((k) => k !== 'verifyCode')) {
      const tampered = { ...stored, [key]: `${stored[key]}x` };
      db.prepare('UPDATE certificates SET printed_values = ? WHERE id = ?').run(
        JSON.stringify(tampered),
        certificate!.id,
      );
      const result = await call(core, 'certificates.verify', {
        number: certificate!.number,
        code: certificate!.verifyCode,
      });
      expect(result.verdict, key).toBe('altered');
    }
    db.prepare('UPDATE certificates SET printed_values = ? WHERE id = ?').run(JSON.stringify(stored), certificate!.id);
    db.close();
    expect(
      (await call(core, 'certificates.verify', { number: certificate!.number, code: certificate!.verifyCode })).verdict,
    ).toBe('genuine');
  });

  it('keeps the secret key in the database, generated once', async () => {
    const db = rawDb();
    const keys = db.prepare('SELECT hmac_key AS key FROM certificate_settings').all() as { key: string }[];
    db.close();
    expect(keys).toHaveLength(1);
    expect(keys[0]!.key).toMatch(/^[0-9a-f]{64}$/);
  });
});
