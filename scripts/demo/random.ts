/** mulberry32: small, fast, deterministic, so a demo database can be regenerated identically. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Early items are picked more often, as common surnames are. */
    pickSkewed: <T>(items: readonly T[]): T => items[Math.floor(next() * next() * items.length)]!,
    digits: (count: number) => {
      let digits = '';
      for (let i = 0; i < count; i++) digits += Math.floor(next() * 10);
      return digits;
    },
  };
}

export type Random = ReturnType<typeof createRandom>;
