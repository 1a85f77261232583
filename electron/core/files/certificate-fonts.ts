import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The bundled CJK fonts (resources/fonts, OFL). Every certificate is drawn with these and nothing
 * from the PC, so the PDF looks the same wherever it is made, previewed or printed.
 */
export interface CertificateFonts {
  regular: Buffer;
  bold: Buffer;
  /** Characters of `text` that the fonts cannot draw (they would print as empty boxes). */
  missingCharacters(text: string): string[];
}

export function loadCertificateFonts(resourcesFolder: string): CertificateFonts {
  const folder = join(resourcesFolder, 'fonts');
  const regular = readFileSync(join(folder, 'NotoSansHans-Regular.otf'));
  const bold = readFileSync(join(folder, 'NotoSansHans-Bold.otf'));
  const parsed = fontkit.create(regular);
  if (!('hasGlyphForCodePoint' in parsed)) throw new Error('证书字体文件不是单个字体');
  return {
    regular,
    bold,
    missingCharacters(text) {
      const missing = new Set<string>();
      for (const character of text) {
        if (/\s/.test(character)) continue;
        if (!parsed.hasGlyphForCodePoint(character.codePointAt(0)!)) missing.add(character);
      }
      return [...missing];
    },
  };
}
