import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channels, contract } from './';
import { roles } from './infra/roles';

describe('the contract', () => {
  it.each(channels)('%s is named area.action, has a role, a Chinese title and an object input', (channel) => {
    const spec = contract[channel];
    expect(channel).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
    expect([...roles, 'signedIn', 'public']).toContain(spec.role);
    expect(spec.title).toMatch(/[\u4e00-\u9fff]/);
    expect(['query', 'mutation']).toContain(spec.kind);
    expect(spec.input).toBeInstanceOf(z.ZodType);
    // Inputs are objects so that a field can be added later without breaking callers.
    expect(spec.input.safeParse('not an object').success).toBe(false);
  });

  it("opens only the sign-in page's own calls to someone not signed in", () => {
    expect(channels.filter((c) => contract[c].role === 'public')).toEqual([
      'accounts.status',
      'accounts.setUp',
      'accounts.signIn',
    ]);
  });

  it('puts maker-checker on changes only', () => {
    for (const channel of channels)
      if ('makerChecker' in contract[channel]) expect(contract[channel].kind, channel).toBe('mutation');
  });
});
