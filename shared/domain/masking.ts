/**
 * What lists, previews and exports show of personal numbers (PIPL): an ID keeps its first 6 digits
 * (the issuing county) and last 4, a mobile its first 3 and last 4, so a clerk can still tell
 * people apart on the phone without the list ever carrying the whole number.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  if (phone === '') return '';
  if (phone.length <= 7) return `${phone.slice(0, 1)}${'*'.repeat(phone.length - 1)}`;
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
