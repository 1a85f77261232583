import { transport } from '../../api/client';
import { drawPdfPages } from './pdf-pages';

/**
 * Prints the PDF's own pages at their real size with no margins: each page is drawn at 300 dpi
 * and placed in a print-only sheet whose @page size is the paper's. The same path serves the
 * browser (window.print) and Electron (whose shell can print the window silently to a named printer).
 */
export async function printPdf(
  base64: string,
  paper: { width: number; height: number },
  printerName: string,
): Promise<void> {
  const canvases = await drawPdfPages(base64, 300 / 96);
  const sheet = document.createElement('div');
  sheet.className = 'certificate-print-sheet';
  const style = document.createElement('style');
  style.textContent = `@page { size: ${paper.width}mm ${paper.height}mm; margin: 0 }
    @media screen { .certificate-print-sheet { display: none } }
    @media print { body > *:not(.certificate-print-sheet) { display: none !important } .certificate-print-sheet img { display: block; width: ${paper.width}mm; height: ${paper.height}mm; break-after: page } }`;
  for (const canvas of canvases) {
    const image = document.createElement('img');
    image.src = canvas.toDataURL('image/png');
    sheet.append(image);
  }
  document.head.append(style);
  document.body.append(sheet);
  try {
    // The desktop app prints straight to the chosen printer; otherwise the system dialog opens.
    if (transport.printing && printerName) {
      const printed = await transport.printing.print({
        printerName,
        pageWidthMm: paper.width,
        pageHeightMm: paper.height,
      });
      if (!printed.ok) throw new Error(`打印机“${printerName}”未能打印：${printed.reason}`);
    } else {
      window.print();
    }
  } finally {
    sheet.remove();
    style.remove();
  }
}
