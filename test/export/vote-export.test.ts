// The public vote release and the admin export, on votes seeded straight into D1 (so each test sets when a vote
// was cast and whether it counted, with no waiting): share, determinism, delay, cursor, withheld texts, no
// visitor data, the admin export and its auth.
import * as z from '../../src/shared/zod';
import { env } from 'cloudflare:workers';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertBattle } from '../../src/battles/battle-store';
import { database } from '../../src/db/client';
import { battles, judgments, prompts, samplePool, texts, votes } from '../../src/db/schema';
import { isInExportShare } from '../../src/export/export-share';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { addPooledSample } from '../../src/samples/sample-pool';
import { DEFAULT_RUBRIC } from '../../src/shared/rubric-presets';
import { DEFAULT_PAIRWISE_RUBRIC } from '../../src/shared/format-rubric-presets';
import { exportedVoteSchema } from '../../src/shared/response-schemas';
import { eq, and } from 'drizzle-orm';
import { fetchWith } from '../support/app-with-env';

const baseEnv = env as unknown as Env;
const db = database(baseEnv.DB);
const HOUR = 3_600_000;
const TOKEN = 'export-admin-token';
const withSettings = (settings: Record<string, string>) => ({ ...baseEnv, ADMIN_TOKEN: TOKEN, ...settings }) as Env;
const admin = { authorization: `Bearer ${TOKEN}` };

interface Seed {
  ageHours?: number;
  counted?: boolean;
  sampleId?: string;
  rubric?: typeof DEFAULT_RUBRIC;
  visitorId?: string;
  choice?: 'A' | 'B' | 'tie' | 'both_bad';
  createdAt?: number;
}

let serial = 0;
/** A voted battle with both judgments; returns its ids and prompt hash. */
async function seedVote(seed: Seed = {}) {
  const n = serial++;
  const id = crypto.randomUUID();
  const createdAt = seed.createdAt ?? Date.now() - (seed.ageHours ?? 48) * HOUR;
  await insertBattle(db, {
    id,
    sampleId: seed.sampleId,
    input: `Seeded question number ${n}?`,
    response: `Seeded answer number ${n}.`,
    rubric: seed.rubric ?? DEFAULT_RUBRIC,
    models: ['judge-x', 'judge-y'],
    visitorId: seed.visitorId ?? 'visitor-hash-battle',
    now: createdAt - 60_000,
  });
  return voteOn(id, n, seed, createdAt);
}

/** Completes both judgments of a stored battle and stores a vote on it, cast at `createdAt`. */
async function voteOn(id: string, n: number, seed: Seed, createdAt: number) {
  for (const [position, score] of [['A', 4], ['B', 2]] as const) {
    await db
      .update(judgments)
      .set({ status: 'complete', score, critique: `critique ${position} ${n}`, text: 'streamed' })
      .where(and(eq(judgments.battleId, id), eq(judgments.position, position)));
  }
  const voteId = crypto.randomUUID();
  await db.insert(votes).values({
    id: voteId,
    battleId: id,
    choice: seed.choice ?? 'A',
    modelA: 'judge-x',
    modelB: 'judge-y',
    visitorId: seed.visitorId ?? 'visitor-hash-vote',
    counted: seed.counted ?? true,
    excludedReason: seed.counted === false ? 'too_fast' : null,
    idempotencyKey: `idem-${n}`,
    responseJson: {
      choice: seed.choice ?? 'A',
      models: {
        A: { id: 'judge-x', name: 'Judge X', organization: 'Test', kind: 'llm' },
        B: { id: 'judge-y', name: 'Judge Y', organization: 'Test', kind: 'llm' },
      },
      outcome: 'favourite',
    },
    createdAt,
  });
  const battle = await db.select({ promptHash: battles.promptHash }).from(battles).where(eq(battles.id, id));
  return { battleId: id, voteId, promptHash: battle[0].promptHash! };
}

async function exportAll(testEnv: Env, path: string, headers: Record<string, string> = {}, between?: () => Promise<void>) {
  const lines: Record<string, unknown>[] = [];
  let url: string | null = path;
  let pages = 0;
  while (url) {
    const res = await fetchWith(testEnv, url, { headers });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    lines.push(...res.text.split('\n').filter(Boolean).map((l) => JSON.parse(l)));
    const next = res.headers.get('x-next-cursor');
    if (next) expect(res.headers.get('link')).toContain(`cursor=${encodeURIComponent(next)}`);
    url = next ? `${path.split('?')[0]}?${new URLSearchParams({ ...Object.fromEntries(new URL('http://x' + path).searchParams), cursor: next })}` : null;
    pages++;
    if (url && between) await between();
  }
  return { lines, pages };
}

// Seeded votes bypass the ledger (no pair counts): none of them may outlive this file.
const clear = () =>
  db.batch([db.delete(votes), db.delete(judgments), db.delete(battles), db.delete(prompts), db.delete(texts), db.delete(samplePool)]);
beforeEach(clear);
afterAll(clear);

describe('public vote export', () => {
  it('holds a deterministic share of counted votes, chosen by battle id', async () => {
    const seeded = [];
    for (let i = 0; i < 120; i++) seeded.push(await seedVote());
    const byPrompt = new Map(seeded.map((s) => [s.promptHash, s.battleId]));
    const exported = async (percent: string) => {
      const { lines } = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: percent }), '/api/votes/export');
      return new Set(lines.map((l) => byPrompt.get(l.question_id as string)));
    };
    const twenty = await exported('20');
    // Exactly the battles whose hash falls in the share, and about a fifth of them (binomial, 120 × 0.2 ± 4.4 sd).
    const expected = new Set<string>();
    for (const s of seeded) if (await isInExportShare(s.battleId, 20)) expected.add(s.battleId);
    expect(twenty).toEqual(expected);
    expect(twenty.size).toBeGreaterThan(10);
    expect(twenty.size).toBeLessThan(40);
    expect(await exported('20')).toEqual(twenty);
    const fifty = await exported('50');
    expect([...twenty].every((id) => fifty.has(id))).toBe(true);
    expect(fifty.size).toBeGreaterThan(twenty.size);
    expect((await exported('100')).size).toBe(120);
    expect((await exported('0')).size).toBe(0);
  });

  it('holds only counted votes older than the delay', async () => {
    const old = await seedVote({ ageHours: 25 });
    await seedVote({ ageHours: 23 });
    await seedVote({ ageHours: 30, counted: false });
    const all = withSettings({ EXPORT_SHARE_PERCENT: '100' });
    expect((await exportAll(all, '/api/votes/export')).lines.map((l) => l.question_id)).toEqual([old.promptHash]);
    const { lines } = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '100', EXPORT_DELAY_HOURS: '22' }), '/api/votes/export');
    expect(lines).toHaveLength(2);
  });

  it('pages with a cursor: every vote exactly once, also while votes keep arriving', async () => {
    const base = Date.now() - 48 * HOUR;
    const seeded = [];
    // Several votes share a timestamp, so the cursor must break ties by id.
    for (let i = 0; i < 23; i++) seeded.push(await seedVote({ createdAt: base + Math.floor(i / 3) * 1000 }));
    const testEnv = withSettings({ EXPORT_SHARE_PERCENT: '100', EXPORT_DELAY_HOURS: '0' });
    const arrived: string[] = [];
    const { lines, pages } = await exportAll(testEnv, '/api/votes/export?limit=5', {}, async () => {
      arrived.push((await seedVote({ ageHours: 0 })).promptHash);
    });
    expect(pages).toBe(5);
    const ids = lines.map((l) => l.question_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(seeded.map((s) => s.promptHash)));
    // The votes that arrived meanwhile belong to the next export, not this one.
    const later = await exportAll(testEnv, '/api/votes/export?limit=100');
    expect(later.lines).toHaveLength(23 + arrived.length);
  });

  it('carries the battle-log fields, and a visitor\'s own text only when the operator opts in', async () => {
    const bank = await seedVote({ sampleId: 'coding-001', choice: 'both_bad' });
    const custom = await seedVote({ rubric: { criteria: 'My own criteria', scores: ['1', '2', '3', '4', '5'] } });
    const testEnv = withSettings({ EXPORT_SHARE_PERCENT: '100' });
    const { lines } = await exportAll(testEnv, '/api/votes/export');
    const bankLine = lines.find((l) => l.question_id === bank.promptHash)!;
    expect(bankLine).toMatchObject({
      model_a: 'judge-x',
      model_b: 'judge-y',
      winner: 'tie (bothbad)',
      anony: true,
      format: 'likert',
      category: 'coding',
      judge_a: { score: 4, verdict: null, critique: expect.stringMatching(/^critique A/), reasoning: null },
      judge_b: { score: 2, verdict: null, critique: expect.stringMatching(/^critique B/), reasoning: null },
      input: expect.stringMatching(/^Seeded question/),
      response: expect.stringMatching(/^Seeded answer/),
      rubric: DEFAULT_RUBRIC,
    });
    expect(Number.isInteger(bankLine.tstamp)).toBe(true);
    const customLine = lines.find((l) => l.question_id === custom.promptHash)!;
    expect(customLine.category).toBe('custom');
    for (const field of ['input', 'response', 'reference', 'rubric']) expect(customLine).not.toHaveProperty(field);
    // Critiques quote the sample and rubric: withheld with them, the scores stay.
    expect([customLine.judge_a, customLine.judge_b]).toEqual([
      { score: 4, verdict: null, critique: null, reasoning: null, shown_order: null },
      { score: 2, verdict: null, critique: null, reasoning: null, shown_order: null },
    ]);
    const bankWithOwnRubric = await seedVote({ sampleId: 'writing-003', rubric: { criteria: 'Mine', scores: ['a', 'b', 'c', 'd', 'e'] } });
    const mixed = (await exportAll(testEnv, '/api/votes/export')).lines.find((l) => l.question_id === bankWithOwnRubric.promptHash)!;
    expect(mixed).toMatchObject({ category: 'writing', input: expect.any(String), judge_a: { score: 4, critique: null } });
    expect(mixed).not.toHaveProperty('rubric');

    const optedIn = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '100', EXPORT_CUSTOM_TEXT: 'on' }), '/api/votes/export');
    expect(optedIn.lines.find((l) => l.question_id === custom.promptHash)).toMatchObject({
      input: expect.stringMatching(/^Seeded question/),
      rubric: { criteria: 'My own criteria' },
      judge_a: { critique: expect.stringMatching(/^critique A/) },
    });
  });

  it('gives a pairwise vote its format, both responses, the verdicts in the visitor order and any reasoning', async () => {
    const id = crypto.randomUUID();
    const createdAt = Date.now() - 48 * HOUR;
    await insertBattle(db, {
      id,
      format: 'pairwise',
      sampleId: 'pairwise-coding-001',
      input: 'Which sort is right?',
      responses: ['First answer.', 'Second answer.'],
      rubric: DEFAULT_PAIRWISE_RUBRIC,
      models: ['judge-x', 'judge-y'],
      shownOrders: { A: 'swapped', B: 'as_shown' },
      now: createdAt - 60_000,
    });
    const { promptHash } = await voteOn(id, serial++, {}, createdAt);
    await db.update(judgments).set({ score: null, verdict: 'second', reasoning: 'thinking A' }).where(and(eq(judgments.battleId, id), eq(judgments.position, 'A')));
    await db.update(judgments).set({ score: null, verdict: 'tie' }).where(and(eq(judgments.battleId, id), eq(judgments.position, 'B')));
    const { lines } = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '100' }), '/api/votes/export');
    const line = lines.find((l) => l.question_id === promptHash)!;
    expect(line).toMatchObject({
      format: 'pairwise',
      category: 'coding',
      input: 'Which sort is right?',
      responses: ['First answer.', 'Second answer.'],
      rubric: DEFAULT_PAIRWISE_RUBRIC,
      // Each critique's "first"/"second" follow the order its judge read: A's the other way round.
      judge_a: { score: null, verdict: 'second', critique: expect.stringMatching(/^critique A/), reasoning: 'thinking A', shown_order: 'swapped' },
      judge_b: { score: null, verdict: 'tie', critique: expect.stringMatching(/^critique B/), reasoning: null, shown_order: 'as_shown' },
    });
    expect(line).not.toHaveProperty('response');
    expect(exportedVoteSchema.safeParse(line).success).toBe(true);
  });

  it('releases a text as the arena\'s own only when the battle\'s sample id names that very text', async () => {
    const bankSample = SAMPLE_BANK.find((s) => s.reference !== undefined)!;
    const noReference = SAMPLE_BANK.find((s) => s.reference === undefined)!;
    const pooledId = await addPooledSample(db, { format: 'likert', sample: { input: 'A generated question?', response: 'A generated answer.', category: 'generated' } }, Date.now());
    const { input, response, reference } = bankSample;
    const requests = {
      bank: { sampleId: bankSample.id, input, response, reference },
      bankWithoutReference: { sampleId: bankSample.id, input, response },
      pooled: { sampleId: pooledId, input: 'A generated question?', response: 'A generated answer.' },
      forged: { sampleId: bankSample.id, input: 'My private question', response: 'My private answer' },
      edited: { sampleId: bankSample.id, input, response: `${response} (edited by the visitor)` },
      ownReference: { sampleId: noReference.id, input: noReference.input, response: noReference.response, reference: 'My own reference' },
      editedPooled: { sampleId: pooledId, input: 'A generated question?', response: 'My edited answer.' },
      unknownId: { sampleId: 'coding-999', input: 'Another private question', response: 'Another private answer' },
    };
    const battleOf = new Map<string, string>();
    for (const [name, request] of Object.entries(requests)) {
      const res = await fetchWith(baseEnv, '/api/battles', { method: 'POST', json: request });
      // A mismatched id is no error: the site lets a visitor edit the sample it fetched.
      expect(res.status, `${name}: ${res.text}`).toBe(201);
      battleOf.set(name, res.json().battle.id);
    }
    const stored = new Map((await db.select({ id: battles.id, sampleId: battles.sampleId, promptHash: battles.promptHash }).from(battles)).map((b) => [b.id, b]));
    const expectedId: Record<keyof typeof requests, string | null> = {
      bank: bankSample.id,
      bankWithoutReference: bankSample.id,
      pooled: pooledId,
      forged: null,
      edited: null,
      ownReference: null,
      editedPooled: null,
      unknownId: null,
    };
    for (const [name, id] of battleOf) expect(stored.get(id)!.sampleId, name).toBe(expectedId[name as keyof typeof requests]);

    let n = 1000;
    for (const id of battleOf.values()) await voteOn(id, n++, {}, Date.now() - 1000);
    const { lines } = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '100', EXPORT_DELAY_HOURS: '0' }), '/api/votes/export');
    const lineOf = (name: string) => lines.find((l) => l.question_id === stored.get(battleOf.get(name)!)!.promptHash)!;
    expect(lineOf('bank')).toMatchObject({ category: bankSample.category, input, response, reference });
    expect(lineOf('bank')).toMatchObject({ sample_origin: 'bank' });
    // The pool's category "generated" is no leaderboard category: the battle counts as custom, its text is still the arena's.
    expect(lineOf('pooled')).toMatchObject({ category: 'custom', sample_origin: 'generated', input: 'A generated question?' });
    for (const name of ['forged', 'edited', 'ownReference', 'editedPooled', 'unknownId']) {
      expect(lineOf(name), name).toMatchObject({ category: 'custom', sample_origin: 'custom' });
      for (const field of ['input', 'response', 'reference']) expect(lineOf(name), name).not.toHaveProperty(field);
    }
    expect(JSON.stringify(lines)).not.toMatch(/private|My own reference|edited/);
  });

  it('gives each vote its battle\'s stored category, the leaderboard\'s, where the sample id names another or none', async () => {
    const now = Date.now();
    const pooledCoding = await addPooledSample(db, { format: 'likert', sample: { input: 'A pooled coding question?', response: 'Pooled code.', category: ' Coding ' } }, now);
    const pooledOther = await addPooledSample(db, { format: 'likert', sample: { input: 'A pooled odd question?', response: 'Pooled odd.', category: 'trivia' } }, now);
    const generatedCoding = await seedVote({ sampleId: pooledCoding });
    const generatedOther = await seedVote({ sampleId: pooledOther });
    const bank = await seedVote({ sampleId: 'coding-001' });
    const custom = await seedVote();
    // A battle whose stored category is not the one its sample id names (as a row from before the slices may be):
    // the export follows the column the leaderboard counts by, not the id.
    const relabelled = await seedVote({ sampleId: 'reasoning-002' });
    await db.update(battles).set({ category: 'writing' }).where(eq(battles.id, relabelled.battleId));

    const { lines } = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '100' }), '/api/admin/votes/export', admin);
    const lineOf = (s: { promptHash: string }) => lines.find((l) => l.question_id === s.promptHash)!;
    expect(lineOf(generatedCoding)).toMatchObject({ category: 'coding', sample_origin: 'generated', input: expect.stringMatching(/^Seeded question/) });
    expect(lineOf(generatedOther)).toMatchObject({ category: 'custom', sample_origin: 'generated' });
    expect(lineOf(bank)).toMatchObject({ category: 'coding', sample_origin: 'bank' });
    expect(lineOf(custom)).toMatchObject({ category: 'custom', sample_origin: 'custom' });
    expect(lineOf(relabelled)).toMatchObject({ category: 'writing', sample_origin: 'bank' });
    // Every line's category is its battle's column.
    const stored = await db.select({ promptHash: battles.promptHash, category: battles.category }).from(battles);
    expect(lines).toHaveLength(stored.length);
    for (const line of lines) expect(line.category).toBe(stored.find((b) => b.promptHash === line.question_id)!.category);

    // The public release: the same categories, and a generated sample with a category keeps its text released.
    const released = (await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '100' }), '/api/votes/export')).lines;
    expect(released.map((l) => [l.question_id, l.category])).toEqual(lines.map((l) => [l.question_id, l.category]));
    expect(released.find((l) => l.question_id === generatedCoding.promptHash)).toHaveProperty('input');
    expect(released.find((l) => l.question_id === custom.promptHash)).not.toHaveProperty('input');
  });

  it('has no visitor data, no battle or vote ids, nothing that ties two votes to one person', async () => {
    const seeded = [await seedVote({ visitorId: 'visitor-one' }), await seedVote({ visitorId: 'visitor-one' })];
    const res = await fetchWith(withSettings({ EXPORT_SHARE_PERCENT: '100', EXPORT_CUSTOM_TEXT: 'on' }), '/api/votes/export');
    for (const secret of ['visitor-one', 'visitor-hash', 'idem-', ...seeded.flatMap((s) => [s.battleId, s.voteId])]) {
      expect(res.text).not.toContain(secret);
    }
    const allowed = ['question_id', 'model_a', 'model_b', 'winner', 'tstamp', 'anony', 'format', 'category', 'sample_origin', 'judge_a', 'judge_b', 'input', 'response', 'reference', 'rubric'];
    for (const line of res.text.split('\n').filter(Boolean).map((l) => JSON.parse(l))) {
      for (const key of Object.keys(line)) expect(allowed).toContain(key);
      expect(z.strictObject(exportedVoteSchema.shape).parse(line)).toEqual(line);
    }
  });

  it('refuses a cursor it did not write and a bad limit with a 400', async () => {
    const testEnv = withSettings({});
    for (const q of ['cursor=not-a-cursor', `cursor=${btoa('{"u":"x"}')}`, 'limit=0', 'limit=abc', 'what=1']) {
      const res = await fetchWith(testEnv, `/api/votes/export?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.json().error.code).toBe('invalid_query');
    }
  });

});

describe('admin vote export', () => {
  it('needs the admin token', async () => {
    const testEnv = withSettings({});
    expect((await fetchWith(testEnv, '/api/admin/votes/export')).status).toBe(401);
    expect((await fetchWith(testEnv, '/api/admin/votes/export', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('holds every vote, counted or not, with its reason, without delay or share', async () => {
    const counted = await seedVote({ ageHours: 0.05 });
    const excluded = await seedVote({ ageHours: 0.05, counted: false });
    // A vote of the last minute may still be being written: the next export has it.
    await seedVote({ createdAt: Date.now() - 10_000 });
    const { lines } = await exportAll(withSettings({ EXPORT_SHARE_PERCENT: '0' }), '/api/admin/votes/export?limit=1', admin);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.question_id === counted.promptHash)).toMatchObject({ counted: true, excluded_reason: null });
    expect(lines.find((l) => l.question_id === excluded.promptHash)).toMatchObject({ counted: false, excluded_reason: 'too_fast' });
    expect(JSON.stringify(lines)).not.toContain('visitor-hash');
  });
});
