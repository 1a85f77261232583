import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** CSS pixels per millimetre at 100 %: the CSS inch is 96 px. */
export const pxPerMm = 96 / 25.4;
const pxPerPoint = 96 / 72;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Draws pages of the certificate PDF itself onto canvases: the screen shows the very bytes that go
 * to the printer. Glyphs are drawn from the PDF's embedded font as paths (no FontFace, no eval),
 * so nothing depends on the fonts of this PC or on the page's CSP.
 */
export async function drawPdfPages(base64: string, zoom: number, pageNumbers?: number[]): Promise<HTMLCanvasElement[]> {
  const pdf = await getDocument({
    data: bytesOf(base64),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  try {
    const wanted = pageNumbers ?? Array.from({ length: pdf.numPages }, (_, i) => i + 1);
    const canvases: HTMLCanvasElement[] = [];
    const ratio = window.devicePixelRatio || 1;
    for (const number of wanted) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: pxPerPoint * zoom });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width * ratio);
      canvas.height = Math.round(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
      canvases.push(canvas);
    }
    return canvases;
  } finally {
    await pdf.destroy();
  }
}
