/**
 * Pasted data arrives with full-width digits and letters (Chinese input methods), stray spaces
 * (including the ideographic space) and lower-case letters. Codes are normalised before they are
 * validated, so that nobody is told "wrong" for how their keyboard typed a right value.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** For identifiers: half-width, no white space at all, upper case. */
export function normalizeCode(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toUpperCase();
}

/** For names and free text: half-width spaces collapsed and trimmed; letters keep their case. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
