// A ledger that restarts with votes kept in its storage (D1 refused them) must know, before it applies them, what
// D1 says about their prompts: which prompts their visitors have seen, and each judge's reveals on them. Otherwise
// the kept votes alone would stand for "all the visitor has seen today" and "all the judge's reveals".
import { evictDurableObject, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { voteLedger } from '../../src/votes/cast-vote';
import type { VoteLedger } from '../../src/votes/vote-ledger';
import { letTimePass, SAMPLE } from '../support/api';
import { fetchWith } from '../support/app-with-env';
import { stubEnv, stubModel } from '../support/stub-openai/client';

const testEnv = env as unknown as Env;
/** REVEALED_PROMPT_VOTE_CAP as the ledger reads it (the test env sets none: the default). */
const CAP = 3;

const headersOf = (ip: string) => ({ 'cf-connecting-ip': ip });
const freshSample = (tag: string) => ({ input: `${SAMPLE.input} [${tag} ${crypto.randomUUID().slice(0, 8)}]`, response: SAMPLE.response });

/** A battle on the sample, judged to the end (so the ledger is handed it), and voted on by the same visitor. */
async function judgedAndVoted(arena: Env, sample: { input: string; response: string }, ip: string): Promise<string> {
  const created = await fetchWith(arena, '/api/battles', { method: 'POST', json: sample, headers: headersOf(ip) });
  expect(created.status).toBe(201);
  const id = created.json().battle.id as string;
  await fetchWith(arena, `/api/battles/${id}/stream`, { headers: headersOf(ip) });
  letTimePass(15_000); // read the critiques: too_fast does not apply
  const voted = await fetchWith(arena, `/api/battles/${id}/vote`, { method: 'POST', json: { choice: 'A' }, headers: headersOf(ip) });
  expect(voted.status).toBe(200);
  return id;
}

async function stored(id: string) {
  return testEnv.DB.prepare('SELECT counted, excluded_reason AS reason FROM votes WHERE battle_id = ?').bind(id).first<{ counted: number; reason: string | null }>();
}

/** From now on every D1 batch of the ledger that writes fails; reads still work (so votes are decided, then kept). */
const failLedgerWrites = (stub: ReturnType<typeof voteLedger>) =>
  runInDurableObject(stub, (ledger: VoteLedger) => {
    const real = ledger.d1;
    ledger.d1 = {
      prepare: (sql: string) => real.prepare(sql),
      async batch(statements: D1PreparedStatement[]) {
        if (statements.length > 0) throw new Error('D1_ERROR: injected write failure');
        return real.batch(statements);
      },
    } as unknown as D1Database;
  });

describe('a ledger restarted with kept votes', () => {
  it('knows the prompts their visitor saw in D1 and adds their reveals to the judges\' reveals in D1', async () => {
    const judges = ['ok', 'ok-prose'].map((b, i) => ({ id: `restart-${i}-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel(b) }));
    const arena = stubEnv(judges); // two judges: every battle is between the same pair
    const visitor = '192.0.2.140';
    const seenInD1 = freshSample('seen in D1');
    const revealed = freshSample('revealed');

    // In D1: the visitor's counted vote on one prompt, and reveals on the other one up to one short of the cap.
    const first = await judgedAndVoted(arena, seenInD1, visitor);
    expect(await stored(first)).toEqual({ counted: 1, reason: null });
    for (let i = 0; i < CAP; i++) await judgedAndVoted(arena, revealed, `198.18.40.${i}`);
    const sinceReveal = await testEnv.DB.prepare('SELECT counted_since_reveal AS n FROM judge_prompt_reveals WHERE model_id = ? ORDER BY reveals DESC LIMIT 1')
      .bind(judges[0].id)
      .first<{ n: number }>();
    expect(sinceReveal?.n).toBe(CAP - 1);

    // D1 refuses the visitor's vote on the revealed prompt: acknowledged, kept in the ledger's storage (it counts: the
    // cap is reached with it). Then the ledger restarts, its D1 the real one again.
    const stub = voteLedger(testEnv);
    await failLedgerWrites(stub);
    const kept = await judgedAndVoted(arena, revealed, visitor);
    expect(await stub.pendingCount()).toBe(1);
    expect(await stored(kept)).toBeNull();
    await evictDurableObject(stub);

    // Another visitor on the revealed prompt: D1's reveals plus the kept vote's reach the cap.
    const another = await judgedAndVoted(arena, revealed, '198.18.40.99');
    expect(await stored(another)).toEqual({ counted: 0, reason: 'prompt_revealed' });
    // The kept vote reached D1 once, counted, and the visitor has seen both prompts: neither counts again.
    expect(await stub.pendingCount()).toBe(0);
    expect(await stored(kept)).toEqual({ counted: 1, reason: null });
    const again = [await judgedAndVoted(arena, seenInD1, visitor), await judgedAndVoted(arena, revealed, visitor)];
    expect(await Promise.all(again.map(stored))).toEqual([
      { counted: 0, reason: 'prompt_seen' },
      { counted: 0, reason: 'prompt_seen' },
    ]);
  }, 60_000);
});
