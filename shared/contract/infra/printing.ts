import { z } from 'zod';

/** What the renderer asks the shell to print: its own print sheet, to this printer, on paper of this size. */
export const printJob = z
  .object({
    printerName: z.string().trim().min(1).max(200),
    pageWidthMm: z.number().min(50).max(600),
    pageHeightMm: z.number().min(50).max(600),
    copies: z.number().int().min(1).max(10).default(1),
  })
  .strict();
export type PrintJob = z.output<typeof printJob>;

export type PrintJobInput = z.input<typeof printJob>;

export interface PrinterInfo {
  name: string;
  displayName: string;
}
