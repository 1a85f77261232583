import { describe, expect, it } from 'vitest';
import { createIdGenerator } from './ids';

describe('UUIDv7 ids', () => {
  it('have the RFC 9562 version and variant and carry the creation millisecond', () => {
    const at = Date.UTC(2026, 10, 24, 8, 30);
    const id = createIdGenerator(() => at)();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('stay unique and in creation order within one millisecond and across a clock step back', () => {
    let now = 1_800_000_000_000;
    const newId = createIdGenerator(() => now);
    const ids = Array.from({ length: 10_000 }, (_, i) => {
      if (i === 5_000) now -= 10; // a clock adjusted backwards must not reorder ids
      return newId();
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
