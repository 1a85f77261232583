import { expect, it } from 'vitest';
import { printJob } from '@shared/contract/infra/printing';
import { certificatePrintOptions } from './certificate-print-options';

it('prints A4 landscape certificates to the named printer with no margins and no scaling', () => {
  const options = certificatePrintOptions(
    printJob.parse({ printerName: 'Epson LQ-630K', pageWidthMm: 297, pageHeightMm: 210 }),
  );
  expect(options).toEqual({
    silent: true,
    deviceName: 'Epson LQ-630K',
    printBackground: true,
    color: true,
    copies: 1,
    margins: { marginType: 'none' },
    pageSize: { width: 210_000, height: 297_000 },
    landscape: true,
    scaleFactor: 100,
  });
});

it('keeps a portrait form portrait and refuses a job without a printer', () => {
  expect(
    certificatePrintOptions(printJob.parse({ printerName: 'P', pageWidthMm: 185.5, pageHeightMm: 260 })),
  ).toMatchObject({ pageSize: { width: 185_500, height: 260_000 }, landscape: false });
  expect(printJob.safeParse({ printerName: ' ', pageWidthMm: 297, pageHeightMm: 210 }).success).toBe(false);
});
