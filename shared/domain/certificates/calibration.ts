/**
 * A printer's correction for pre-printed stock: every position and size is scaled about the page's
 * top-left corner, then shifted. Measured from the calibration sheet: where its 0 mm crosshair
 * lands on paper is the offset; how long its 100 mm ruler prints is the scale.
 */
export interface Calibration {
  offsetX: number;
  offsetY: number;
  scale: number;
}

export const noCalibration: Calibration = { offsetX: 0, offsetY: 0, scale: 1 };

export const calibrationLimits = { offset: 30, minScale: 0.9, maxScale: 1.1 } as const;

export function calibratePoint(calibration: Calibration, x: number, y: number): { x: number; y: number } {
  return { x: x * calibration.scale + calibration.offsetX, y: y * calibration.scale + calibration.offsetY };
}

export function calibrateLength(calibration: Calibration, length: number): number {
  return length * calibration.scale;
}
