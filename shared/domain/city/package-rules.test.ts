import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, decideImport, type HubBaseState, type PackageHeader } from './package-rules';

const versions = ['0017_a', '0018_city_link'];
const header = (over: Partial<PackageHeader>): PackageHeader => ({
  baseCode: '91350500MA2Y0QXH0A',
  sequence: 1,
  kind: 'changes',
  schemaVersion: '0018_city_link',
  from: null,
  to: '2026-12-01T00:00:00.000Z',
  ...over,
});
const fresh: HubBaseState = { lastSequence: 0, watermark: null };

describe('decideImport', () => {
  it('applies the first package of a base', () => {
    expect(decideImport(fresh, header({}), versions)).toEqual({ apply: true, replay: false });
  });

  it('refuses a gap and names the missing packages', () => {
    const state = { lastSequence: 3, watermark: '2026-11-01T00:00:00.000Z' };
    const decision = decideImport(state, header({ sequence: 6, from: '2026-11-20T00:00:00.000Z' }), versions);
    expect(decision).toMatchObject({ apply: false });
    expect(!decision.apply && decision.reason).toContain('缺少第 4–5 号数据包');
  });

  it('refuses changes that start after the watermark the hub holds', () => {
    const state = { lastSequence: 3, watermark: '2026-11-01T00:00:00.000Z' };
    const decision = decideImport(state, header({ sequence: 4, from: '2026-11-02T00:00:00.000Z' }), versions);
    expect(!decision.apply && decision.reason).toContain('中间的变动会丢失');
  });

  it('applies a package the hub already has as a harmless replay', () => {
    const state = { lastSequence: 4, watermark: '2026-11-01T00:00:00.000Z' };
    expect(decideImport(state, header({ sequence: 4, from: '2026-10-01T00:00:00.000Z' }), versions)).toEqual({
      apply: true,
      replay: true,
    });
  });

  it('always applies a full snapshot, even after a gap', () => {
    const state = { lastSequence: 2, watermark: '2026-11-01T00:00:00.000Z' };
    expect(decideImport(state, header({ sequence: 9, kind: 'full' }), versions)).toEqual({
      apply: true,
      replay: false,
    });
  });

  it('refuses a schema version the hub does not know, saying to upgrade the hub', () => {
    const decision = decideImport(fresh, header({ schemaVersion: '0099_future' }), versions);
    expect(!decision.apply && decision.reason).toContain('请先升级市级平台');
  });
});

describe('advance', () => {
  it('never moves the sequence or the watermark back, whatever order packages arrive in', () => {
    const arbitraryHeader = fc.record({
      sequence: fc.integer({ min: 1, max: 50 }),
      to: fc.option(
        fc
          .date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      ),
    });
    fc.assert(
      fc.property(fc.array(arbitraryHeader), (headers) => {
        let state = fresh;
        for (const h of headers) {
          const next = advance(state, header(h));
          expect(next.lastSequence).toBeGreaterThanOrEqual(state.lastSequence);
          if (state.watermark !== null) expect(next.watermark! >= state.watermark).toBe(true);
          state = next;
        }
      }),
    );
  });
});
