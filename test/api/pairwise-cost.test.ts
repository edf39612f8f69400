// A pairwise battle's cost is reserved when it is created, from the judgment cache: a judge's judgment is cached
// under the responses in the order that judge reads them (drawn per judge), so the reservation must look each judge
// up in its own order. Checked against what the run then pays for, on the stub provider.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createBattle } from '../../src/battles/create-battle';
import type { ShownOrder } from '../../src/judges/pairwise-order';
import { streamWith } from '../support/app-with-env';
import { stubCalls, stubEnv, stubModel } from '../support/stub-openai/client';

const baseEnv = env as unknown as Env;

/**
 * A random source giving `first` to the pairing's draws and then `orders` to the shown orders' (A, then B):
 * < 0.5 is 'as_shown'. The orders drawn are checked against the ones meant, so a change in the number of draws
 * the pairing makes shows as that, not as a wrong cost.
 */
function drawing(first: number, orders: readonly [ShownOrder, ShownOrder]): () => number {
  const pairingDraws = 3; // two weighted picks and the A/B order (pairing.ts)
  const values = [...Array(pairingDraws).fill(first), ...orders.map((o) => (o === 'as_shown' ? 0.1 : 0.9))];
  let i = 0;
  return () => values[i++] ?? 0.5;
}

describe('a pairwise battle reserves the paid calls its run makes', () => {
  it('looks each judge up in the cache in the order it reads the responses in, not the visitor\'s', async () => {
    const judges = ['ok', 'pairwise-longer'].map((b, i) => ({ id: `order-cost-${i}-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel(b) }));
    const arena = stubEnv(judges, { DAILY_PAID_JUDGE_CALLS: '1000', VISITOR_DAILY_PAID_SHARE: '0.5' } as Partial<Env>);
    const visitorId = `visitor-${crypto.randomUUID()}`;
    const request = { format: 'pairwise' as const, input: `Which is right? ${crypto.randomUUID()}`, responses: ['Paris.', 'Lyon.'] as const };
    const reserved = async () =>
      (await baseEnv.DB.prepare('SELECT calls FROM visitor_paid_calls WHERE visitor_id = ?').bind(visitorId).first<{ calls: number }>())?.calls ?? 0;
    const providerCalls = async () => (await Promise.all(judges.map((j) => stubCalls(j.providerModel)))).reduce((a, b) => a + b, 0);

    /** One battle: what it reserved when created and what its run paid the provider for. */
    async function battle(pairing: number, orders: readonly [ShownOrder, ShownOrder]) {
      const [reservedBefore, callsBefore] = [await reserved(), await providerCalls()];
      const created = await createBattle(arena, request, { visitorId, random: drawing(pairing, orders) });
      expect(created).toMatchObject({ format: 'pairwise', shownOrders: { A: orders[0], B: orders[1] } });
      const reservedNow = (await reserved()) - reservedBefore;
      const stream = await streamWith(arena, created.id);
      expect(stream.events.filter((e) => e.event === 'judgment')).toHaveLength(2);
      return { reserved: reservedNow, paid: (await providerCalls()) - callsBefore };
    }

    // The same pair in the same seats each time (same pairing draws); only the orders the judges read in change.
    const battles = [
      await battle(0.9, ['swapped', 'swapped']), // nothing cached: both pay
      await battle(0.9, ['swapped', 'as_shown']), // A's judge has read it this way: only B's pays
      await battle(0.9, ['as_shown', 'swapped']), // B's judge read it this way in the first: only A's pays
      await battle(0.9, ['as_shown', 'as_shown']), // both read it both ways by now: free
    ];
    expect(battles).toEqual([
      { reserved: 2, paid: 2 },
      { reserved: 1, paid: 1 },
      { reserved: 1, paid: 1 },
      { reserved: 0, paid: 0 },
    ]);
  });
});
