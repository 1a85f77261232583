import { residentIdCheckCharacter } from '@shared/domain/resident-id';

/** A valid resident ID for a Quanzhou birth on `birth` (YYYYMMDD), sequence `seq` (odd = male). */
export function validId(birth: string, seq: number, region = '350582'): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}
