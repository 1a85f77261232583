import { competitionContract } from './competitions';
import { ledgerContract } from './ledger';

/** Skill competitions and the promotion ledger every grade gained goes through. */
export const promotionsContract = {
  ...competitionContract,
  ...ledgerContract,
};

export type * from './competitions';
export type * from './ledger';
export { competitionFields, entryImportFields, entryImportInput } from './competitions';
export { ledgerFilter } from './ledger';
