import type { PrinterCalibration } from '@shared/contract/certificates';
import { noCalibration, type Calibration } from '@shared/domain/certificates/calibration';
import type { HandlerContext } from '../../context';

export function listCalibrations(ctx: HandlerContext): PrinterCalibration[] {
  return ctx.sqlite
    .prepare(
      'SELECT printer_name AS printerName, offset_x AS offsetX, offset_y AS offsetY, scale, updated_at AS updatedAt FROM printer_calibrations WHERE deleted_at IS NULL ORDER BY printer_name',
    )
    .all() as PrinterCalibration[];
}

/** The saved correction of a printer; none for an unknown printer or a plain PDF export. */
export function calibrationFor(ctx: HandlerContext, printerName: string | undefined): Calibration {
  if (!printerName) return noCalibration;
  return listCalibrations(ctx).find((c) => c.printerName === printerName) ?? noCalibration;
}

export function saveCalibration(ctx: HandlerContext, input: Omit<PrinterCalibration, 'updatedAt'>): PrinterCalibration {
  ctx.sqlite
    .prepare(
      `INSERT INTO printer_calibrations (id, created_at, updated_at, printer_name, offset_x, offset_y, scale) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (printer_name) DO UPDATE SET offset_x = excluded.offset_x, offset_y = excluded.offset_y, scale = excluded.scale, updated_at = excluded.updated_at, deleted_at = NULL`,
    )
    .run(ctx.newId(), ctx.now, ctx.now, input.printerName, input.offsetX, input.offsetY, input.scale);
  ctx.audit({
    recordIds: [],
    summary: `保存打印机校准：${input.printerName}，X ${input.offsetX} mm，Y ${input.offsetY} mm，缩放 ${input.scale}`,
  });
  return listCalibrations(ctx).find((c) => c.printerName === input.printerName)!;
}
