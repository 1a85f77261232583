import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Fontkit from 'fontkit';

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

/**
 * Read and parsed once per resources folder: the two 8 MB fonts took ~200 ms to read and parse on
 * every issue call (a 45-trainee cohort's certificates: 275 ms, of which 10 ms is the issuing). The
 * files ship with the app and never change while it runs, so the cache holds no state to go stale.
 */
const loaded = new Map<string, CertificateFonts>();

export function loadCertificateFonts(resourcesFolder: string): CertificateFonts {
  let fonts = loaded.get(resourcesFolder);
  if (!fonts) loaded.set(resourcesFolder, (fonts = readFonts(resourcesFolder)));
  return fonts;
}

function readFonts(resourcesFolder: string): CertificateFonts {
  const folder = join(resourcesFolder, 'fonts');
  const regular = readFileSync(join(folder, 'NotoSansHans-Regular.otf'));
  const bold = readFileSync(join(folder, 'NotoSansHans-Bold.otf'));
  // Required here, on the first certificate, not at start (fontkit alone is 0.18 s of loading);
  // synchronously, because the issue path that asks for the fonts is synchronous.
  const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit;
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
