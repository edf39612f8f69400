// The judging formats of issue 10 through the HTTP API, with LLM judges on the stub provider: a binary and a
// pairwise round (create → stream → GET → vote → reveal), the events of each format, the pairwise order each judge
// was shown and its mapping back to the visitor's order, a reasoning model's thinking streamed apart, regenerate.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { insertBattle } from '../../src/battles/battle-store';
import { database } from '../../src/db/client';
import { verdictInVisitorOrder, type ShownOrder } from '../../src/judges/pairwise-order';
import { DEFAULT_BINARY_RUBRIC, DEFAULT_PAIRWISE_RUBRIC, NO_HARMFUL_CONTENT } from '../../src/shared/format-rubric-presets';
import { letTimePass } from '../support/api';
import { fetchWith, streamWith } from '../support/app-with-env';
import { NAMES_ITSELF_FEEDBACK } from '../support/stub-openai/behaviours';
import { BINARY_FEEDBACK, PAIRWISE_FEEDBACK, thinkingText } from '../support/stub-openai/format-answers';
import { stubCalls, stubEnv, stubLastRequest, stubModel } from '../support/stub-openai/client';

const baseEnv = env as unknown as Env;

/** Stub judges that give `verdicts` (pass, first, …) as JSON, or another stub behaviour (`think`, …). */
function judges(...verdicts: string[]) {
  return verdicts.map((verdict, i) => {
    const behaviour = /^(pass|fail|first|second|tie)$/.test(verdict) ? `verdict-json-${verdict}` : verdict;
    return { id: `fmt-${i}-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel(behaviour), behaviour: verdict };
  });
}

/** What the stub's `think` judge reasons on a binary task (it weighs and rejects a fail). */
const THINK_REASONING = thinkingText('binary', 'pass');

const unique = (text: string) => `${text} (${crypto.randomUUID().slice(0, 8)})`;

const FIRST = 'Paris is the capital of France; the Seine flows through it.';
const SECOND = 'Lyon is the capital of France, on the Rhône.';

async function judgmentRows(id: string) {
  const { results } = await baseEnv.DB.prepare('SELECT position, model_id, score, verdict, critique, reasoning, shown_order FROM judgments WHERE battle_id = ? ORDER BY position')
    .bind(id)
    .all<{ position: 'A' | 'B'; model_id: string; score: number | null; verdict: string | null; critique: string; reasoning: string | null; shown_order: ShownOrder | null }>();
  return results;
}

/** A pairwise battle of FIRST and SECOND between the judges `js`, each shown the responses in the order given. */
async function pairwiseBattle(js: readonly { id: string }[], shownOrders: Record<'A' | 'B', ShownOrder>, input = unique('Which answer is right?')) {
  const id = crypto.randomUUID();
  await insertBattle(database(baseEnv.DB), { id, format: 'pairwise', input, responses: [FIRST, SECOND], rubric: DEFAULT_PAIRWISE_RUBRIC, models: [js[0].id, js[1].id], shownOrders, now: Date.now() });
  return id;
}

async function vote(testEnv: Env, id: string, choice = 'A') {
  letTimePass();
  const res = await fetchWith(testEnv, `/api/battles/${id}/vote`, { method: 'POST', json: { choice } });
  expect(res.status).toBe(200);
  return res.json();
}

describe('a binary (pass/fail) round', () => {
  it('creates with the default pass/fail rubric, streams a pass and a fail, shows them, and reveals after the vote', async () => {
    const js = judges('pass', 'fail');
    const testEnv = stubEnv(js);
    const input = unique('What is the capital of France?');
    const created = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: { format: 'binary', input, response: FIRST } });
    expect(created.status).toBe(201);
    const { battle } = created.json();
    expect(battle).toEqual({ id: expect.any(String), format: 'binary', input, response: FIRST, rubric: DEFAULT_BINARY_RUBRIC });

    const { events, raw } = await streamWith(testEnv, battle.id);
    const judgments = events.filter((e) => e.event === 'judgment');
    expect(judgments).toHaveLength(2);
    const rows = await judgmentRows(battle.id);
    const behaviourOf = (modelId: string) => js.find((j) => j.id === modelId)!.behaviour;
    for (const j of judgments) {
      const row = rows.find((r) => r.position === j.data.judge)!;
      expect(j.data).toEqual({ judge: row.position, verdict: behaviourOf(row.model_id), critique: BINARY_FEEDBACK });
      expect(row).toMatchObject({ score: null, verdict: behaviourOf(row.model_id), shown_order: null, reasoning: null });
    }
    for (const j of js) expect(raw).not.toContain(j.id);

    // The judge was asked the pass/fail question of the rubric, not a 1–5 score.
    const prompt = (await stubLastRequest(js[0].providerModel))!.body.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain(DEFAULT_BINARY_RUBRIC.pass);
    expect(prompt).toContain(FIRST);
    expect(prompt).not.toMatch(/Score 5:/);

    const details = (await fetchWith(testEnv, `/api/battles/${battle.id}`)).json().battle;
    expect(details).toMatchObject({ format: 'binary', status: 'judged', rubric: DEFAULT_BINARY_RUBRIC });
    for (const p of ['A', 'B'] as const) {
      expect(details.judgments[p]).toEqual({ status: 'complete', verdict: rows.find((r) => r.position === p)!.verdict, critique: BINARY_FEEDBACK });
    }
    expect(details.vote).toBeUndefined();

    const answer = await vote(testEnv, battle.id, 'A');
    expect(answer.models.A.id).toBe(rows.find((r) => r.position === 'A')!.model_id);
    const slice = await baseEnv.DB.prepare('SELECT format, category FROM battles WHERE id = ?').bind(battle.id).first();
    expect(slice).toEqual({ format: 'binary', category: 'custom' });
  });

  // `think` writes a <think> section in its content; `reasoning-content` sends its reasoning apart, as DeepSeek does.
  it.each(['think', 'reasoning-content'])('reads a reasoning model’s verdict (%s), streams the thinking apart and never takes the verdict it rejected there', async (thinking) => {
    const js = judges(thinking, 'ok');
    const testEnv = stubEnv(js);
    // The stub's model name is a word of its reasoning ("Let me think"): the sample mentions it, so it is not withheld.
    const input = unique('I think rice keeps: how do I store it safely?');
    const created = await fetchWith(testEnv, '/api/battles', {
      method: 'POST',
      json: { format: 'binary', input, response: 'Cool it within an hour and refrigerate it.', rubric: NO_HARMFUL_CONTENT },
    });
    expect(created.status).toBe(201);
    expect(created.json().battle.rubric).toEqual(NO_HARMFUL_CONTENT);
    const id = created.json().battle.id;
    const { events } = await streamWith(testEnv, id);
    const rows = await judgmentRows(id);
    const thinker = rows.find((r) => r.model_id === js[0].id)!;
    const reasoning = events.filter((e) => e.event === 'reasoning' && e.data.judge === thinker.position).map((e) => e.data.text).join('');
    expect(reasoning.trim()).toBe(THINK_REASONING);
    const deltas = events.filter((e) => e.event === 'delta' && e.data.judge === thinker.position).map((e) => e.data.text).join('');
    expect(deltas).toBe(BINARY_FEEDBACK);
    const judgment = events.find((e) => e.event === 'judgment' && e.data.judge === thinker.position)!;
    expect(judgment.data).toEqual({ judge: thinker.position, verdict: 'pass', critique: BINARY_FEEDBACK, reasoning: THINK_REASONING });
    expect(thinker).toMatchObject({ verdict: 'pass', critique: BINARY_FEEDBACK, reasoning: THINK_REASONING });
    // The other judge wrote no reasoning: none is streamed or shown for it.
    expect(events.some((e) => e.event === 'reasoning' && e.data.judge !== thinker.position)).toBe(false);

    const details = (await fetchWith(testEnv, `/api/battles/${id}`)).json().battle;
    expect(details.judgments[thinker.position]).toEqual({ status: 'complete', verdict: 'pass', critique: BINARY_FEEDBACK, reasoning: THINK_REASONING });
    // A finished battle replays the same judgments (judge by judge, where the live ones interleave).
    const replay = await streamWith(testEnv, id);
    const verdictEvents = (list: typeof events) => list.filter((e) => e.event === 'judgment').sort((a, b) => (a.data.judge < b.data.judge ? -1 : 1));
    expect(verdictEvents(replay.events)).toEqual(verdictEvents(events));
    expect(replay.events.filter((e) => e.event === 'reasoning').map((e) => e.data.text).join('').trim()).toBe(THINK_REASONING);
  });

  it('withholds a name in the reasoning, and does not count the vote of a battle whose reasoning named a model', async () => {
    const js = judges('think-names-itself', 'pass');
    const testEnv = stubEnv(js);
    const created = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: { format: 'binary', input: unique('Is this right?'), response: FIRST } });
    const id = created.json().battle.id;
    const { events, raw } = await streamWith(testEnv, id);
    expect(NAMES_ITSELF_FEEDBACK).toMatch(/GPT-4o.*OpenAI/);
    expect(raw).not.toMatch(/GPT-4o|OpenAI/);
    const reasoning = events.filter((e) => e.event === 'reasoning').map((e) => e.data.text).join('');
    expect(reasoning.startsWith('As [name withheld], a model made by [name withheld]')).toBe(true);
    await vote(testEnv, id);
    const row = await baseEnv.DB.prepare('SELECT counted, excluded_reason FROM votes WHERE battle_id = ?').bind(id).first();
    expect(row).toEqual({ counted: 0, excluded_reason: 'identity_leaked' });
  });
});

describe('a judge cut off by its token limit', () => {
  it('is a judge error saying so (finish_reason "length"), never a partial verdict; a registry entry may raise its maxTokens', async () => {
    const js = judges('length-mid-json', 'ok');
    const entries = JSON.parse(stubEnv(js).EXTRA_JUDGES!) as Record<string, unknown>[];
    entries[1]!.maxTokens = 4000;
    const testEnv = { ...stubEnv(js), EXTRA_JUDGES: JSON.stringify(entries) } as Env;
    const created = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: { format: 'pairwise', input: unique('Which is right?'), responses: [FIRST, SECOND] } });
    const id = created.json().battle.id;
    const { events } = await streamWith(testEnv, id);
    const rows = await judgmentRows(id);
    const cut = rows.find((r) => r.model_id === js[0].id)!;
    expect(events.find((e) => e.event === 'judge_error' && e.data.judge === cut.position)!.data.message).toBe("The judge's answer was cut off before its verdict.");
    expect(events.some((e) => e.event === 'judgment' && e.data.judge === cut.position)).toBe(false);
    const failure = await baseEnv.DB.prepare('SELECT status, failure_kind, verdict FROM judgments WHERE battle_id = ? AND model_id = ?').bind(id, js[0].id).first();
    expect(failure).toEqual({ status: 'error', failure_kind: 'truncated', verdict: null });
    expect((await stubLastRequest(js[0].providerModel))!.body.max_tokens).toBe(800);
    expect((await stubLastRequest(js[1].providerModel))!.body.max_tokens).toBe(4000);
  });
});

describe('a pairwise round', () => {
  it('draws and records the order each judge is shown, and streams verdicts in the visitor’s order', async () => {
    const js = judges('first', 'first');
    const testEnv = stubEnv(js);
    const input = unique('What is the capital of France?');
    const created = await fetchWith(testEnv, '/api/battles', { method: 'POST', json: { format: 'pairwise', input, responses: [FIRST, SECOND] } });
    expect(created.status).toBe(201);
    const { battle } = created.json();
    expect(battle).toEqual({
      id: expect.any(String),
      format: 'pairwise',
      input,
      responses: [FIRST, SECOND],
      rubric: DEFAULT_PAIRWISE_RUBRIC,
      shownOrders: { A: expect.any(String), B: expect.any(String) },
    });
    const rowsBefore = await judgmentRows(battle.id);
    for (const row of rowsBefore) expect(['as_shown', 'swapped']).toContain(row.shown_order);
    // The visitor is told, from the start, the order each judge reads the responses in: the one recorded.
    expect(battle.shownOrders).toEqual(Object.fromEntries(rowsBefore.map((r) => [r.position, r.shown_order])));

    const { events } = await streamWith(testEnv, battle.id);
    const rows = await judgmentRows(battle.id);
    for (const row of rows) {
      // Both judges say "first" about what they were shown; the visitor's order decides what that means.
      const expected = verdictInVisitorOrder('first', row.shown_order!);
      expect(row.verdict).toBe(expected);
      expect(events.find((e) => e.event === 'judgment' && e.data.judge === row.position)!.data).toEqual({
        judge: row.position,
        verdict: expected,
        critique: PAIRWISE_FEEDBACK,
        shownOrder: row.shown_order,
      });
      const prompt = (await stubLastRequest(js.find((j) => j.id === row.model_id)!.providerModel))!.body.messages[1]!.content;
      const [shownFirst, shownSecond] = row.shown_order === 'swapped' ? [SECOND, FIRST] : [FIRST, SECOND];
      expect(prompt.indexOf(shownFirst)).toBeGreaterThan(-1);
      expect(prompt.indexOf(shownFirst)).toBeLessThan(prompt.indexOf(shownSecond));
    }
    const details = (await fetchWith(testEnv, `/api/battles/${battle.id}`)).json().battle;
    expect(details).toMatchObject({ format: 'pairwise', responses: [FIRST, SECOND], status: 'judged', shownOrders: battle.shownOrders });
    for (const row of rows) expect(details.judgments[row.position]).toEqual({ status: 'complete', verdict: row.verdict, critique: PAIRWISE_FEEDBACK });
    const answer = await vote(testEnv, battle.id, 'tie');
    expect([answer.models.A.id, answer.models.B.id].sort()).toEqual(js.map((j) => j.id).sort());
  });

  it('maps a verdict back through a swapped order, and keeps the order with the position through storage', async () => {
    const js = judges('first', 'second');
    const testEnv = stubEnv(js);
    const id = await pairwiseBattle(js, { A: 'swapped', B: 'swapped' });
    const { events } = await streamWith(testEnv, id);
    const verdicts = Object.fromEntries(events.filter((e) => e.event === 'judgment').map((e) => [e.data.judge, e.data.verdict]));
    // A said "first" of what it was shown (the visitor's second), B said "second" (the visitor's first).
    expect(verdicts).toEqual({ A: 'second', B: 'first' });
    expect((await judgmentRows(id)).map((r) => [r.position, r.shown_order, r.verdict])).toEqual([
      ['A', 'swapped', 'second'],
      ['B', 'swapped', 'first'],
    ]);
  });

  it('tells the visitor which judge read the responses in the other order: in the battle, its judgment event, GET and the replay', async () => {
    // Both judges prefer what they were shown first: A read the visitor's second first, B the visitor's order.
    const js = judges('first', 'first');
    const testEnv = stubEnv(js);
    const id = await pairwiseBattle(js, { A: 'swapped', B: 'as_shown' });
    const judgmentEvents = (events: { event: string; data: Record<string, unknown> }[]) =>
      Object.fromEntries(events.filter((e) => e.event === 'judgment').map((e) => [e.data.judge, e.data]));
    const expected = {
      A: { judge: 'A', verdict: 'second', critique: PAIRWISE_FEEDBACK, shownOrder: 'swapped' },
      B: { judge: 'B', verdict: 'first', critique: PAIRWISE_FEEDBACK, shownOrder: 'as_shown' },
    };
    expect(judgmentEvents((await streamWith(testEnv, id)).events)).toEqual(expected);

    const details = (await fetchWith(testEnv, `/api/battles/${id}`)).json().battle;
    expect(details.shownOrders).toEqual({ A: 'swapped', B: 'as_shown' });
    expect(details.judgments.A).toEqual({ status: 'complete', verdict: 'second', critique: PAIRWISE_FEEDBACK });
    // A finished battle is replayed from storage with the same orders.
    expect(judgmentEvents((await streamWith(testEnv, id)).events)).toEqual(expected);
    // Before the vote nothing names a judge: the order is all the visitor learns of it.
    expect(JSON.stringify(details)).not.toContain(js[0].id);
  });

  it('reuses a cached pairwise judgment only for the order it was given in', async () => {
    // Both judges prefer the longer response (the visitor's first) in whichever order they read it.
    const js = judges('pairwise-longer', 'pairwise-longer');
    const testEnv = stubEnv(js);
    const input = unique('Which answer is right?');
    const verdicts = async (id: string) =>
      Object.fromEntries((await streamWith(testEnv, id)).events.filter((e) => e.event === 'judgment').map((e) => [e.data.judge, e.data.verdict]));
    expect(await verdicts(await pairwiseBattle(js, { A: 'as_shown', B: 'swapped' }, input))).toEqual({ A: 'first', B: 'first' });
    // Each judge now reads the other order: a new prompt, so a new call, not the judgment of the other order.
    expect(await verdicts(await pairwiseBattle(js, { A: 'swapped', B: 'as_shown' }, input))).toEqual({ A: 'first', B: 'first' });
    expect([await stubCalls(js[0].providerModel), await stubCalls(js[1].providerModel)]).toEqual([2, 2]);
    // The first battle's orders again: both judgments come from the cache.
    const cachedId = await pairwiseBattle(js, { A: 'as_shown', B: 'swapped' }, input);
    expect(await verdicts(cachedId)).toEqual({ A: 'first', B: 'first' });
    expect([await stubCalls(js[0].providerModel), await stubCalls(js[1].providerModel)]).toEqual([2, 2]);
    const cached = await baseEnv.DB.prepare('SELECT position, cached FROM judgments WHERE battle_id = ? ORDER BY position').bind(cachedId).all();
    expect(cached.results).toEqual([
      { position: 'A', cached: 1 },
      { position: 'B', cached: 1 },
    ]);
  });

  it('regenerates on the same responses, rubric and format', async () => {
    const js = judges('tie', 'second');
    const testEnv = stubEnv(js);
    const rubric = { criteria: 'Correctness: which answer is right?' };
    const created = (await fetchWith(testEnv, '/api/battles', { method: 'POST', json: { format: 'pairwise', input: unique('Capital?'), responses: [FIRST, SECOND], rubric } })).json().battle;
    await streamWith(testEnv, created.id);
    const regenerated = await fetchWith(testEnv, `/api/battles/${created.id}/regenerate`, { method: 'POST' });
    expect(regenerated.status).toBe(201);
    // Each judge's order is drawn afresh for the new battle, and told as recorded.
    const { shownOrders, ...sameContent } = regenerated.json().battle;
    expect(sameContent).toEqual({ ...created, id: expect.any(String), shownOrders: undefined });
    expect(shownOrders).toEqual(Object.fromEntries((await judgmentRows(sameContent.id)).map((r) => [r.position, r.shown_order])));
    expect(regenerated.json().battle.id).not.toBe(created.id);
    const prompts = await baseEnv.DB.prepare('SELECT DISTINCT prompt_hash FROM battles WHERE id IN (?, ?)').bind(created.id, regenerated.json().battle.id).all();
    expect(prompts.results).toHaveLength(1);
  });
});
