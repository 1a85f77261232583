/**
 * What lists, previews and exports show of personal numbers (PIPL): an ID keeps its first 6 digits
 * (the issuing county) and last 4, a mobile its first 3 and last 4, so a clerk can still tell
 * people apart on the phone without the list ever carrying the whole number.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/**
 * An ID that failed its checks, as a preview shows it so that the clerk can find it in the sheet:
 * masked like a valid one when it is long enough to identify someone, otherwise as typed (a number
 * Excel turned into 3.50521E+17, a few stray digits).
 */
export function maskTypedIdNumber(typed: string): string {
  const text = typed.trim();
  return /^[\dXx]{15,}$/.test(text) ? maskIdNumber(text.toUpperCase()) : text;
}

export function maskPhone(phone: string): string {
  if (phone === '') return '';
  if (phone.length <= 7) return `${phone.slice(0, 1)}${'*'.repeat(phone.length - 1)}`;
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
