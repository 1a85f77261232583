/**
 * A print batch's settlement (领用/打印结算): blanks drawn for a cohort's skill-level certificates.
 * At most ⌊passes × 1.1⌋ may be used (a tenth over the passes for spoils) unless a reason is given,
 * and what was used must be accounted for: printed = used − returned − spoiled.
 */
export interface PrintBatchCounts {
  /** Certificates of the cohort printed onto blanks and still live, plus those voided after printing. */
  printed: number;
  returned: number;
  spoiled: number;
}

/** Integer arithmetic: passes × 1.1 in floating point puts 10 × 1.1 at 11.000000000000002. */
export function usageLimit(passes: number): number {
  return Math.floor((passes * 11) / 10);
}

export function usedBlanks(counts: PrintBatchCounts): number {
  return counts.printed + counts.returned + counts.spoiled;
}

/** Why using `more` blanks for the cohort needs a recorded reason, or null when it is within the limit. */
export function overLimitReason(passes: number, usedSoFar: number, more: number): string | null {
  const limit = usageLimit(passes);
  if (usedSoFar + more <= limit) return null;
  return `该班鉴定合格 ${passes} 人，空白证书最多领用 ${limit} 张（合格人数 × 1.1），已用 ${usedSoFar} 张，本次 ${more} 张将超出，须填写超领原因`;
}
