import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMovement, emptyBalance, isLowStock, type MovementKind, type StockBalance } from './ledger';
import { reviewRefusal, type ReviewStatus } from './maker-checker';
import { overLimitReason, usageLimit, usedBlanks } from './print-batch';

describe('applyMovement', () => {
  it.each<[MovementKind, number, StockBalance]>([
    ['receive', 100, { available: 110, pending: 2 }],
    ['issue', 10, { available: 0, pending: 2 }],
    ['return', 1, { available: 11, pending: 2 }],
    ['void', 1, { available: 10, pending: 3 }],
    ['spoil', 1, { available: 9, pending: 3 }],
    ['destroy', 2, { available: 10, pending: 0 }],
    ['adjust', -3, { available: 7, pending: 2 }],
  ])('%s of %i from 10 available / 2 pending', (kind, quantity, expected) => {
    expect(applyMovement('blank', { available: 10, pending: 2 }, kind, quantity)).toEqual({
      ok: true,
      balance: expected,
    });
  });

  it('refuses to take more than is there, saying how many there are', () => {
    expect(applyMovement('blank', { available: 3, pending: 0 }, 'issue', 4)).toEqual({
      ok: false,
      message: expect.stringContaining('现有 3 张'),
    });
    expect(applyMovement('cover', { available: 0, pending: 1 }, 'destroy', 2)).toEqual({
      ok: false,
      message: expect.stringContaining('待销毁只有 1 张'),
    });
    expect(applyMovement('blank', { available: 3, pending: 0 }, 'adjust', -4).ok).toBe(false);
  });

  it('refuses quantities that are not whole sheets', () => {
    expect(applyMovement('blank', emptyBalance, 'receive', 0).ok).toBe(false);
    expect(applyMovement('blank', emptyBalance, 'receive', 1.5).ok).toBe(false);
    expect(applyMovement('blank', emptyBalance, 'adjust', 0).ok).toBe(false);
  });

  it('warns below the threshold, not at it', () => {
    expect(isLowStock({ available: 49, pending: 0 }, 50)).toBe(true);
    expect(isLowStock({ available: 50, pending: 0 }, 50)).toBe(false);
  });
});

describe('print batch', () => {
  it('allows a tenth over the passes, rounded down, in exact arithmetic', () => {
    expect(usageLimit(10)).toBe(11);
    expect(usageLimit(20)).toBe(22);
    expect(usageLimit(9)).toBe(9);
    expect(usageLimit(0)).toBe(0);
    expect(overLimitReason(20, 21, 1)).toBeNull();
    expect(overLimitReason(20, 22, 1)).toContain('最多领用 22 张');
  });
});

describe('maker-checker', () => {
  it('needs a second person, and confirms once', () => {
    expect(reviewRefusal('pending', 'a', 'b', '盘点调整')).toBeNull();
    expect(reviewRefusal('pending', 'a', 'a', '盘点调整')).toContain('另一位工作人员');
    expect(reviewRefusal('approved', 'a', 'b', '销毁单')).toContain('已通过');
  });
});

type Operation =
  | { op: 'receive' | 'spoil' | 'issue' | 'adjust' | 'requestDestroy'; quantity: number }
  | { op: 'print' | 'void' | 'confirm'; pick: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('receive', 'spoil', 'issue', 'requestDestroy' as const),
    quantity: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ op: fc.constant('adjust' as const), quantity: fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0) }),
  fc.record({ op: fc.constantFrom('print', 'void', 'confirm' as const), pick: fc.nat() }),
);

/**
 * Random movement sequences through the rules, as the service applies them: a refused movement
 * changes nothing. Every sheet received is on the shelf, on a live certificate, waiting for
 * destruction or destroyed; a batch's printed = used − returned − spoiled; a destruction is confirmed once.
 */
describe('ledger invariants (property)', () => {
  it('holds for any sequence of movements', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (operations) => {
        let balance = emptyBalance;
        let received = 0;
        let adjusted = 0;
        let destroyed = 0;
        let issued = 0;
        let returned = 0;
        let spoiled = 0;
        const certificates: { printed: boolean; live: boolean }[] = [];
        const destructions: { quantity: number; status: ReviewStatus }[] = [];
        const move = (kind: MovementKind, quantity: number) => {
          const outcome = applyMovement('blank', balance, kind, quantity);
          if (outcome.ok) balance = outcome.balance;
          return outcome.ok;
        };
        for (const step of operations) {
          if (step.op === 'receive' && move('receive', step.quantity)) received += step.quantity;
          if (step.op === 'adjust' && move('adjust', step.quantity)) adjusted += step.quantity;
          if (step.op === 'spoil' && move('spoil', step.quantity)) spoiled += step.quantity;
          if (step.op === 'issue' && move('issue', step.quantity)) {
            issued += step.quantity;
            for (let i = 0; i < step.quantity; i++) certificates.push({ printed: false, live: true });
          }
          if (step.op === 'requestDestroy' && step.quantity <= balance.pending)
            destructions.push({ quantity: step.quantity, status: 'pending' });
          const live = certificates.filter((c) => c.live);
          if (step.op === 'print' && live.length) live[step.pick % live.length]!.printed = true;
          if (step.op === 'void' && live.length) {
            const certificate = live[step.pick % live.length]!;
            certificate.live = false;
            if (certificate.printed) expect(move('void', 1)).toBe(true);
            else if (move('return', 1)) returned++;
          }
          if (step.op === 'confirm' && destructions.length) {
            const batch = destructions[step.pick % destructions.length]!;
            const refusal = reviewRefusal(batch.status, 'maker', 'checker', '销毁单');
            if (batch.status !== 'pending') expect(refusal).not.toBeNull();
            else if (move('destroy', batch.quantity)) {
              batch.status = 'approved';
              destroyed += batch.quantity;
            } else batch.status = 'rejected';
          }
          expect(balance.available).toBeGreaterThanOrEqual(0);
          expect(balance.pending).toBeGreaterThanOrEqual(0);
          const onCertificates = certificates.filter((c) => c.live).length;
          expect(balance.available + balance.pending + destroyed + onCertificates).toBe(received + adjusted);
          const printed = certificates.filter((c) => c.printed).length;
          expect(printed).toBe(usedBlanks({ printed, returned, spoiled }) - returned - spoiled);
          expect(issued + spoiled).toBe(usedBlanks({ printed: issued - returned, returned, spoiled }));
        }
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
