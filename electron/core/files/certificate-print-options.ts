import type { PrintJob } from '@shared/contract/infra/printing';

/** Structurally Electron's WebContentsPrintOptions; the core does not import electron. */
export interface PrintOptions {
  silent: true;
  deviceName: string;
  printBackground: true;
  color: true;
  copies: number;
  margins: { marginType: 'none' };
  /** Microns, portrait; `landscape` turns it. */
  pageSize: { width: number; height: number };
  landscape: boolean;
  /** Percent: 100, never "fit to page", or every calibrated millimetre would be off. */
  scaleFactor: 100;
}

/**
 * Options for printing certificates: straight to the named printer, no margins, no scaling, on
 * paper of the template's size. The PDF pages already carry the printer's calibration.
 */
export function certificatePrintOptions(job: PrintJob): PrintOptions {
  const short = Math.min(job.pageWidthMm, job.pageHeightMm);
  const long = Math.max(job.pageWidthMm, job.pageHeightMm);
  return {
    silent: true,
    deviceName: job.printerName,
    printBackground: true,
    color: true,
    copies: job.copies,
    margins: { marginType: 'none' },
    pageSize: { width: Math.round(short * 1000), height: Math.round(long * 1000) },
    landscape: job.pageWidthMm > job.pageHeightMm,
    scaleFactor: 100,
  };
}
