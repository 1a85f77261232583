import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channels, contract } from './';
import { roles } from './infra/roles';

describe('the contract', () => {
  it.each(channels)('%s is named area.action, has a role, a Chinese title and an object input', (channel) => {
    const spec = contract[channel];
    expect(channel).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
    expect(roles).toContain(spec.role);
    expect(spec.title).toMatch(/[\u4e00-\u9fff]/);
    expect(['query', 'mutation']).toContain(spec.kind);
    expect(spec.input).toBeInstanceOf(z.ZodType);
    // Inputs are objects so that a field can be added later without breaking callers.
    expect(spec.input.safeParse('not an object').success).toBe(false);
  });
});
