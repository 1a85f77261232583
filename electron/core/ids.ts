import { randomFillSync } from 'node:crypto';

/** Random bytes for 512 ids per call: a `randomBytes(16)` per id made 500,000 ids take 1,020 ms instead of 113 ms. */
const poolSize = 16 * 512;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids sort by creation time,
 * which keeps B-tree inserts at the end of the index and lets ids double as a stable cursor.
 * Within one millisecond the 12-bit rand_a field counts up, so ids from one generator stay ordered.
 */
export function createIdGenerator(now: () => number = Date.now): () => string {
  let lastMs = -1;
  let counter = 0;
  const pool = Buffer.alloc(poolSize);
  let offset = poolSize;
  return () => {
    let ms = now();
    if (ms <= lastMs) {
      counter++;
      if (counter > 0xfff) {
        lastMs++;
        counter = 0;
      }
      ms = lastMs;
    } else {
      lastMs = ms;
      counter = 0;
    }
    if (offset === poolSize) {
      randomFillSync(pool);
      offset = 0;
    }
    const bytes = pool.subarray(offset, offset + 16);
    offset += 16;
    bytes.writeUIntBE(ms, 0, 6);
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
