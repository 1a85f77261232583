import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forfeitureRefusal,
  instalmentStatus,
  netPaid,
  paymentRefusal,
  reversalRefusal,
  summarise,
  type Instalment,
  type MoneyEntry,
} from './instalments';

const runs = { seed: 20261202, numRuns: 400 };
const due: Instalment = { amount: 100000, conditionMet: true, forfeited: false };
const entry = (
  id: string,
  amount: number,
  state: MoneyEntry['state'],
  reversesId: string | null = null,
): MoneyEntry => ({ id, amount, state, reversesId });

describe('one instalment', () => {
  it.each([
    ['not reached', { ...due, conditionMet: false }, [], 'upcoming', '发放条件还未满足'],
    ['due', due, [], 'due', null],
    ['entered, awaiting the checker', due, [entry('a', 100000, 'entered')], 'awaiting', '待复核'],
    ['paid', due, [entry('a', 100000, 'confirmed')], 'paid', '不能重复发放'],
    ['sent back by the checker', due, [entry('a', 100000, 'returned')], 'due', null],
    ['paid then reversed', due, [entry('a', 100000, 'confirmed'), entry('b', -100000, 'confirmed', 'a')], 'due', null],
    ['forfeited', { ...due, forfeited: true }, [], 'forfeited', '已取消'],
    [
      'paid before the forfeiture',
      { ...due, forfeited: true },
      [entry('a', 100000, 'confirmed')],
      'paid',
      '不能重复发放',
    ],
  ] as const)('%s', (_, instalment, entries, status, refusal) => {
    expect(instalmentStatus(instalment, entries)).toBe(status);
    const said = paymentRefusal(instalment, entries, instalment.amount);
    if (refusal === null) expect(said).toBeNull();
    else expect(said).toContain(refusal);
  });

  it('pays the planned amount, not another', () => {
    expect(paymentRefusal(due, [], 99999)).toContain('1,000.00 元');
  });

  it('reverses a confirmed payment once', () => {
    const paid = entry('a', 100000, 'confirmed');
    expect(reversalRefusal(paid, [paid])).toBeNull();
    expect(reversalRefusal(paid, [paid, entry('b', -100000, 'confirmed', 'a')])).toContain('已经冲销过');
    expect(reversalRefusal(entry('a', 100000, 'entered'), [])).toContain('还未复核');
  });

  it('waits with a forfeiture while an entry awaits its checker', () => {
    expect(forfeitureRefusal([[entry('a', 100000, 'entered')], []])).toContain('1 笔发放待复核');
    expect(forfeitureRefusal([[entry('a', 100000, 'confirmed')], []])).toBeNull();
  });
});

type Step =
  | { kind: 'reach'; i: number }
  | { kind: 'enter'; i: number; amount: number }
  | { kind: 'confirm'; i: number }
  | { kind: 'return'; i: number }
  | { kind: 'reverse'; i: number }
  | { kind: 'forfeit' };

const step = (n: number): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.record({ kind: fc.constant('reach' as const), i: fc.nat(n - 1) }),
    fc.record({
      kind: fc.constant('enter' as const),
      i: fc.nat(n - 1),
      amount: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 500000 })),
    }),
    fc.record({ kind: fc.constant('confirm' as const), i: fc.nat(n - 1) }),
    fc.record({ kind: fc.constant('return' as const), i: fc.nat(n - 1) }),
    fc.record({ kind: fc.constant('reverse' as const), i: fc.nat(n - 1) }),
    fc.constant({ kind: 'forfeit' as const }),
  );

describe('a plan under any sequence of payments', () => {
  it('reconciles: paid + due + upcoming + forfeited = planned, never negative, never paid twice', () => {
    const plan = fc.array(fc.integer({ min: 1, max: 500000 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        plan.chain((amounts) => fc.tuple(fc.constant(amounts), fc.array(step(amounts.length), { maxLength: 60 }))),
        ([amounts, steps]) => {
          const instalments: Instalment[] = amounts.map((amount) => ({
            amount,
            conditionMet: false,
            forfeited: false,
          }));
          const entries: MoneyEntry[][] = amounts.map(() => []);
          let next = 0;
          for (const s of steps) {
            if (s.kind === 'forfeit') {
              if (forfeitureRefusal(entries) === null) instalments.forEach((inst) => (inst.forfeited = true));
              continue;
            }
            const inst = instalments[s.i]!;
            const list = entries[s.i]!;
            const pending = list.find((e) => e.state === 'entered');
            if (s.kind === 'reach') inst.conditionMet = true;
            if (s.kind === 'enter') {
              const amount = s.amount === -1 ? inst.amount : s.amount;
              if (paymentRefusal(inst, list, amount) === null) list.push(entry(`e${next++}`, amount, 'entered'));
            }
            if (s.kind === 'confirm' && pending) pending.state = 'confirmed';
            if (s.kind === 'return' && pending) pending.state = 'returned';
            if (s.kind === 'reverse') {
              const payment = [...list].reverse().find((e) => e.amount > 0 && e.state === 'confirmed');
              if (payment && reversalRefusal(payment, list) === null)
                list.push(entry(`e${next++}`, -payment.amount, 'entered', payment.id));
            }
            // Never paid twice, never below zero, after every step.
            entries.forEach((l, i) => expect([0, instalments[i]!.amount]).toContain(netPaid(l)));
          }
          const summary = summarise(instalments.map((instalment, i) => ({ instalment, entries: entries[i]! })));
          expect(summary.paid + summary.due + summary.upcoming + summary.forfeited).toBe(summary.planned);
          for (const value of Object.values(summary)) expect(value).toBeGreaterThanOrEqual(0);
          expect(summary.planned).toBe(amounts.reduce((a, b) => a + b, 0));
        },
      ),
      runs,
    );
  });
});
