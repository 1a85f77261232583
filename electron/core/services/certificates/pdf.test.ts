import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { call, createTestCore, type TestCore } from '../../testing';
import { seedAppraisedCohort, type SeededCohort } from '../../testing/certificate-fixtures';

// pdftotext is Debian's poppler-utils: the same tool a person would use to read the PDF back.
let core: TestCore;
let cohort: SeededCohort;
beforeEach(() => {
  core = createTestCore();
  cohort = seedAppraisedCohort(core.databasePath, { passed: 3 });
});
afterEach(() => core.dispose());

function pdfFile(base64: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jiangxun-cert-pdf-')), 'out.pdf');
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

/** Each word's box in points, as poppler reads it from the PDF. */
function wordBoxes(path: string): { text: string; x: number; y: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    (m) => ({ text: m[3]!, x: Number(m[1]), y: Number(m[2]) }),
  );
}

it('prints every name, number and code of a batch, one certificate per page, in the bundled font', async () => {
  const issued = await call(core, 'certificates.issue', {
    templateId: 'default-skill-preprinted',
    issueDate: '2026-05-20',
    enrollmentIds: cohort.enrollmentIds,
  });
  const pdf = await call(core, 'certificates.render', { certificateIds: issued.map((c) => c.id) });
  expect(pdf.pages).toBe(3);
  const path = pdfFile(pdf.base64);
  const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
  issued.forEach((certificate, index) => {
    expect(pages[index]).toContain(cohort.names[index]);
    expect(pages[index]).toContain(certificate.number);
    expect(pages[index]).toContain(certificate.verifyCode);
  });
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  // Only the bundled font, embedded (subset): nothing left for the PC to substitute.
  const fontLines = fonts.split('\n').slice(2).filter(Boolean);
  expect(fontLines.length).toBeGreaterThan(0);
  for (const line of fontLines) expect(line).toMatch(/^[A-Z]{6}\+NotoSansHans-Regular\s.*\byes\s+yes\s+yes\b/);
});

it('moves every printed field by exactly the printer calibration offset', async () => {
  const [certificate] = await call(core, 'certificates.issue', {
    templateId: 'default-skill-preprinted',
    issueDate: '2026-05-20',
    enrollmentIds: [cohort.enrollmentIds[0]!],
  });
  await call(core, 'certificates.saveCalibration', {
    printerName: '套打机 Epson LQ-630K',
    offsetX: 3.5,
    offsetY: -2,
    scale: 1,
  });
  const plain = wordBoxes(
    pdfFile((await call(core, 'certificates.render', { certificateIds: [certificate!.id] })).base64),
  );
  const calibrated = wordBoxes(
    pdfFile(
      (
        await call(core, 'certificates.render', {
          certificateIds: [certificate!.id],
          printerName: '套打机 Epson LQ-630K',
        })
      ).base64,
    ),
  );
  const mm = 72 / 25.4;
  for (const text of [certificate!.number, cohort.names[0]!, certificate!.verifyCode]) {
    const before = plain.find((w) => w.text === text)!;
    const after = calibrated.find((w) => w.text === text)!;
    expect((after.x - before.x) / mm, text).toBeCloseTo(3.5, 2);
    expect((after.y - before.y) / mm, text).toBeCloseTo(-2, 2);
  }
});

it('scales positions about the page corner: a field at 78 mm moves to 78 × 1.01 + offset', async () => {
  const [certificate] = await call(core, 'certificates.issue', {
    templateId: 'default-skill-preprinted',
    issueDate: '2026-05-20',
    enrollmentIds: [cohort.enrollmentIds[0]!],
  });
  await call(core, 'certificates.saveCalibration', { printerName: 'P', offsetX: 1, offsetY: 0, scale: 1.01 });
  const plain = wordBoxes(
    pdfFile((await call(core, 'certificates.render', { certificateIds: [certificate!.id] })).base64),
  );
  const scaled = wordBoxes(
    pdfFile((await call(core, 'certificates.render', { certificateIds: [certificate!.id], printerName: 'P' })).base64),
  );
  const mm = 72 / 25.4;
  const before = plain.find((w) => w.text === certificate!.number)!;
  const after = scaled.find((w) => w.text === certificate!.number)!;
  expect(before.x / mm).toBeCloseTo(78, 1);
  expect(after.x / mm).toBeCloseTo(78 * 1.01 + 1, 1);
});

it('draws the calibration sheet with its millimetre labels on exactly one page', async () => {
  const sheet = await call(core, 'certificates.calibrationSheet', { pageWidth: 297, pageHeight: 210 });
  expect(sheet.pages).toBe(1);
  const path = pdfFile(sheet.base64);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(
    /Pages:\s+1\b[\s\S]*Page size:\s+841\.89 x 595\.276 pts/,
  );
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('打印机校准页');
  expect(text).toContain('缩放 = 100 ÷ 实测长度');
});

it('prints an issued certificate with the layout it was issued with, whatever the template became later', async () => {
  const [certificate] = await call(core, 'certificates.issue', {
    templateId: 'default-completion-a4',
    issueDate: '2026-05-20',
    enrollmentIds: [cohort.enrollmentIds[0]!],
  });
  const [template] = (await call(core, 'certificates.listTemplates', {})).filter(
    (t) => t.id === 'default-completion-a4',
  );
  const retitled = template!.layout.fields.map((f) =>
    f.id === 'title' && f.kind === 'text' ? { ...f, content: '结业证明' } : f,
  );
  await call(core, 'certificates.saveTemplate', {
    id: template!.id,
    name: template!.name,
    layout: { ...template!.layout, fields: retitled },
  });

  const text = execFileSync(
    'pdftotext',
    [pdfFile((await call(core, 'certificates.render', { certificateIds: [certificate!.id] })).base64), '-'],
    { encoding: 'utf8' },
  );
  expect(text).toContain('培训结业证书');
  expect(text).not.toContain('结业证明');
});
