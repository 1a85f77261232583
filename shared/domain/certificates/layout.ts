import { calibrateLength, calibratePoint, type Calibration } from './calibration';
import { fillContent, type CertificateValues, type TemplateLayout } from './template';
import { qrText } from './verification';

/**
 * What to draw on one page, in millimetres from the top-left corner, after calibration. The PDF
 * writer draws exactly these, and the screen shows that PDF, so preview and print cannot differ.
 */
export type DrawOp =
  | {
      op: 'text';
      fieldId: string;
      x: number;
      y: number;
      width: number;
      text: string;
      fontSize: number;
      bold: boolean;
      align: 'left' | 'center' | 'right';
    }
  | { op: 'image'; fieldId: string; x: number; y: number; width: number; height: number; image: 'photo' | 'seal' }
  | { op: 'qr'; fieldId: string; x: number; y: number; size: number; text: string }
  | { op: 'frame'; fieldId: string; x: number; y: number; width: number; height: number; lineWidth: number };

export interface PageLayout {
  /** The page stays the paper's size; calibration moves what is printed on it. */
  width: number;
  height: number;
  ops: DrawOp[];
}

export function layoutCertificate(
  layout: TemplateLayout,
  values: CertificateValues,
  calibration: Calibration,
): PageLayout {
  const ops = layout.fields.map((field): DrawOp => {
    const { x, y } = calibratePoint(calibration, field.x, field.y);
    const length = (value: number) => calibrateLength(calibration, value);
    switch (field.kind) {
      case 'text':
        return {
          op: 'text',
          fieldId: field.id,
          x,
          y,
          width: length(field.width),
          text: fillContent(field.content, values),
          fontSize: length(field.fontSize),
          bold: field.bold,
          align: field.align,
        };
      case 'photo':
      case 'seal':
        return {
          op: 'image',
          fieldId: field.id,
          x,
          y,
          width: length(field.width),
          height: length(field.height),
          image: field.kind,
        };
      case 'qr':
        return {
          op: 'qr',
          fieldId: field.id,
          x,
          y,
          size: length(field.size),
          text: qrText(values.certificateNo, values.verifyCode),
        };
      case 'frame':
        return {
          op: 'frame',
          fieldId: field.id,
          x,
          y,
          width: length(field.width),
          height: length(field.height),
          lineWidth: length(field.lineWidth),
        };
    }
  });
  return { width: layout.pageWidth, height: layout.pageHeight, ops };
}

/** Example values for the designer's preview and the test print, so every field shows something. */
export const sampleValues: CertificateValues = {
  name: '陈志强',
  sex: '男',
  idNumber: '350582199003151234',
  birthDate: '1990-03-15',
  enterprise: '泉州恒兴机械制造有限公司',
  jobTypeName: '电工',
  jobTypeCode: '6-31-01-03',
  grade: '四级/中级工',
  cohortName: '2026 年第 3 期电工（四级）培训班',
  trainingStart: '2026-03-02',
  trainingEnd: '2026-04-30',
  trainingHours: '120',
  programmeHours: '120',
  issueDate: '2026-05-20',
  issueYear: '2026',
  issueMonth: '05',
  issueDay: '20',
  certificateNo: 'QZJX2026400001',
  verifyCode: 'K7WD-3QHA',
  issuer: '泉州市总工会',
  baseName: '泉州市机械行业产业工人技能实训基地',
};
