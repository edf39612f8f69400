// `npm run attack`: issue 9's attacks on a local arena (wrangler dev, bench/wrangler.attack.toml) whose three LLM
// judges sit behind the stub OpenAI-compatible server (test/support/stub-openai/), all on 127.0.0.1. Prints, per
// attack, what the attacker learned and how many of their votes counted. Votes may come at once here
// (MIN_VOTE_DELAY_MS=0): the attacker is as patient as needed, so no vote is excluded for speed. The redaction
// probes run in-process against the redactor the stream uses (a self-naming stub judge would share words with
// the others' critiques, which would make every battle a leak). Last, the budget drain (bench/budget-drain.ts), with
// a stub sample generator and response generator configured.
import { BUILTIN_JUDGES } from '../src/judges/builtin-judges';
import { budgetDrain } from './budget-drain';
import { identityTerms, mentionsIdentity, redactIdentities } from '../src/judges/identity-redactor';
import { leaksIdentity } from '../src/votes/vote-eligibility';
import { startStubOpenAI } from '../test/support/stub-openai/server';
import { startLocalWorker, type LocalWorker } from '../test/support/local-worker';
import { parseSse, type SseRecord } from '../test/support/sse';

const BEHAVIOURS = ['ok', 'ok-prose', 'ok-fenced'];
const SAMPLE = {
  input: 'What is the capital of Australia, and why was it chosen?',
  response: 'Canberra, chosen in 1908 as a compromise between Sydney and Melbourne.',
};
type Position = 'A' | 'B';
interface Answer {
  models: Record<Position, { id: string }>;
}

let base = '';
const headers = (ip: string) => ({ 'content-type': 'application/json', 'cf-connecting-ip': ip });

async function post<T>(path: string, body: unknown, ip: string): Promise<{ status: number; json: T }> {
  const res = await fetch(base + path, { method: 'POST', headers: headers(ip), body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as T };
}

async function battle(sample: object, ip: string): Promise<string> {
  const res = await post<{ battle: { id: string } }>('/api/battles', sample, ip);
  if (res.status !== 201) throw new Error(`POST /api/battles: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.battle.id;
}

/** Streams a battle; `at` runs when an event first satisfies its predicate (e.g. poll status at the first judgment). */
async function stream(id: string, ip: string, at?: { when: (e: SseRecord) => boolean; run: () => Promise<void> }): Promise<SseRecord[]> {
  const res = await fetch(`${base}/api/battles/${id}/stream`, { headers: headers(ip) });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let fired = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (at && !fired && parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2)).some(at.when)) {
      fired = true;
      await at.run();
    }
  }
  return parseSse(text);
}

/** What each position streamed: the attacker's fingerprint of a judge (deterministic for a judge and prompt). */
const critiquesOf = (events: SseRecord[]) => {
  const text = { A: '', B: '' };
  for (const e of events) if (e.event === 'delta') text[e.data.judge as Position] += e.data.text;
  return text;
};

async function vote(id: string, choice: string, ip: string): Promise<Answer | null> {
  const res = await post<Answer>(`/api/battles/${id}/vote`, { choice }, ip);
  return res.status === 200 ? res.json : null;
}

/** Every vote the attacker cast, by attack, to count after the run from what D1 stored. */
const cast = new Map<string, string[]>();
const note = (attack: string, id: string) => cast.set(attack, [...(cast.get(attack) ?? []), id]);
const learned = new Map<string, string>();

async function fingerprint(target: string) {
  const sample = { ...SAMPLE, input: `${SAMPLE.input} (fingerprint run ${Date.now()})` };
  const me = '192.0.2.77';
  const book = new Map<string, string>();
  // Throwaway reveals until every judge's text on this sample is known.
  for (let i = 0; i < 12 && book.size < BEHAVIOURS.length; i++) {
    const id = await battle(sample, me);
    const seen = critiquesOf(await stream(id, me));
    const answer = await vote(id, 'tie', me);
    note('fingerprint (throwaway reveals)', id);
    if (answer) book.set(seen.A, answer.models.A.id).set(seen.B, answer.models.B.id);
  }
  let right = 0;
  let total = 0;
  for (const [label, ipOf] of [
    ['fingerprint, same visitor', () => me],
    ['fingerprint, a new visitor per vote', (i: number) => `198.18.${i}.77`],
  ] as const) {
    for (let i = 0; i < 10; i++) {
      const ip = ipOf(i);
      const id = await battle(sample, ip);
      const seen = critiquesOf(await stream(id, ip));
      const guessA = book.get(seen.A);
      const answer = await vote(id, guessA === target ? 'A' : 'B', ip);
      note(label, id);
      total++;
      if (answer && guessA === answer.models.A.id && book.get(seen.B) === answer.models.B.id) right++;
    }
  }
  learned.set('fingerprint', `identified both positions in ${right} of ${total} later battles (judges are deterministic)`);
}

async function judgeFigures(): Promise<Map<string, number>> {
  const status = (await (await fetch(`${base}/api/status`)).json()) as { judges: { id: string; recent: { judgments: number } }[]; arena: { paidJudgeCallsToday: number } };
  return new Map([...status.judges.map((j) => [j.id, j.recent.judgments] as const), ['(paid calls)', status.arena.paidJudgeCallsToday]]);
}

async function statusOracle() {
  let moved = 0;
  let polls = 0;
  const rounds = 10;
  for (let i = 0; i < rounds; i++) {
    const ip = `192.0.2.${100 + i}`;
    const id = await battle({ ...SAMPLE, input: `${SAMPLE.input} (status ${i} ${Date.now()})` }, ip);
    const before = await judgeFigures();
    const snapshots: Map<string, number>[] = [];
    await stream(id, ip, { when: (e) => e.event === 'judgment', run: async () => void snapshots.push(await judgeFigures()) });
    snapshots.push(await judgeFigures());
    for (const after of snapshots) {
      polls++;
      if ([...after].some(([k, v]) => before.get(k) !== v)) moved++;
    }
    await vote(id, 'A', ip);
    note('status oracle', id);
  }
  learned.set('status oracle', `figures moved in ${moved} of ${polls} polls at the first judgment and after done (${rounds} battles): nothing to tie to a judge`);
}

async function regenerateOracle() {
  const ip = '192.0.2.88';
  const sample = { ...SAMPLE, input: `${SAMPLE.input} (regenerate ${Date.now()})` };
  const parent = await battle(sample, ip);
  const pairs: string[] = [];
  const regens = 12;
  for (let i = 0; i < regens; i++) {
    const res = await post<{ battle: { id: string } }>(`/api/battles/${parent}/regenerate`, {}, ip);
    const id = res.json.battle.id;
    await stream(id, ip);
    const answer = await vote(id, 'tie', ip); // reveal the regenerated pair
    note('regenerate oracle', id);
    if (answer) pairs.push([answer.models.A.id, answer.models.B.id].sort().join(' + '));
  }
  await stream(parent, ip);
  const truth = await vote(parent, 'tie', ip);
  note('regenerate oracle', parent);
  const parentPair = truth ? [truth.models.A.id, truth.models.B.id].sort().join(' + ') : '?';
  const allPairs = BEHAVIOURS.length * (BEHAVIOURS.length - 1) / 2;
  const unseen = allPairs - new Set(pairs).size;
  learned.set(
    'regenerate oracle',
    `the parent's pair came back in ${pairs.filter((p) => p === parentPair).length} of ${regens} regenerations (a fresh battle: 1 in ${allPairs}); ` +
      `${unseen} of ${allPairs} pairs never appeared, so "the pair regenerate avoids" names nothing`,
  );
}

/** The disguises of issue 9, in critiques on a sample that lists the model families (which used to exempt them). */
function redactionProbe() {
  const sample = 'Compare GPT-4o, Claude, Llama, Gemini, Qwen and Mistral for coding. Claude and GPT-4o are strongest.';
  const probes = [
    'GPT4o', 'GPT4', 'Claude3', 'ClaudeAI', 'Llama3', 'Qwen2.5', 'Gemma2', 'Mistral7B', 'Sonnet', 'Haiku', 'Opus', 'Bard',
    'PaLM', 'Facebook', 'Tongyi', '通义千问', 'Le Chat', 'Together AI', 'Сlaude', 'GРТ-4o', 'Ｃｌａｕｄｅ', 'Cla\u200bude',
    'Clau\u00adde', 'C l a u d e', 'I am Claude, made by Anthropic', 'As GPT-4o, I think', 'claude-3-5-sonnet', 'gpt-4o here',
  ];
  const selfNaming = ['I am Claude, made by Anthropic', 'As GPT-4o, I think', 'gpt-4o here'];
  const reached = (taskText: string, probe: string) => {
    const shown = redactIdentities(`The answer is fine. ${probe} would agree.`, identityTerms(BUILTIN_JUDGES, taskText));
    // Still names a registry model or vendor where the visitor reads it (before the vote)? Then the vote won't count.
    return { visible: mentionsIdentity(shown.replaceAll('[name withheld]', ''), BUILTIN_JUDGES), uncounted: leaksIdentity(shown, { kind: 'llm' }) };
  };
  const neutral = probes.map((p) => reached('What is the capital of Australia?', p));
  const listing = probes.map((p) => reached(sample, p));
  const selfShown = selfNaming.filter((p) => reached(sample, p).visible).length;
  learned.set(
    'redaction probes',
    `on an ordinary sample ${neutral.filter((r) => r.visible).length} of ${probes.length} disguised names reached the visitor; ` +
      `on a sample listing the families, ${selfShown} of ${selfNaming.length} self-identifications did, and the ` +
      `${listing.filter((r) => r.visible).length} mentions of families the sample names stayed visible by design, every one making its vote uncounted ` +
      `(${listing.filter((r) => r.visible && r.uncounted).length} of ${listing.filter((r) => r.visible).length}); ` +
      `a vote on a battle with any probe is not counted: ${[...neutral, ...listing].filter((r) => r.uncounted).length} of ${2 * probes.length}`,
  );
}

let drained: string[] = [];

function report(worker: LocalWorker) {
  const rows = worker.queryD1<{ battle_id: string; counted: number; excluded_reason: string | null }>('SELECT battle_id, counted, excluded_reason FROM votes');
  const byBattle = new Map(rows.map((r) => [r.battle_id, r]));
  console.log('\nattack                                 votes  counted  not counted (reason × votes)');
  for (const [attack, ids] of cast) {
    const stored = ids.map((id) => byBattle.get(id)).filter((r) => r !== undefined);
    const reasons = new Map<string, number>();
    for (const r of stored) if (!r.counted) reasons.set(r.excluded_reason ?? '?', (reasons.get(r.excluded_reason ?? '?') ?? 0) + 1);
    const why = [...reasons].map(([k, v]) => `${k} × ${v}`).join(', ') || '—';
    console.log(`${attack.padEnd(38)} ${String(stored.length).padStart(5)}  ${String(stored.filter((r) => r.counted).length).padStart(7)}  ${why}`);
  }
  console.log('\nwhat the attacker learned');
  for (const [attack, what] of learned) console.log(`  ${attack}: ${what}`);
  console.log('\nbudget drain (one visitor, 192.0.2.200)');
  for (const line of drained) console.log(`  ${line}`);
  const reserved = worker.queryD1<{ calls: number }>('SELECT calls FROM visitor_paid_calls ORDER BY calls DESC').map((r) => r.calls);
  console.log(`  paid calls reserved today (D1, visitor_paid_calls): ${reserved.length} visitors, the most by one ${reserved[0] ?? 0}, next ${reserved[1] ?? 0}`);
}

async function main() {
  const stub = await startStubOpenAI();
  const judges = BEHAVIOURS.map((b, i) => ({
    id: `stub-${b}`,
    name: `Stub judge ${i + 1}`,
    organization: 'Stub Labs',
    license: 'MIT',
    provider: 'local',
    providerModel: `${b}:attack`,
    supportsJsonMode: true,
  }));
  const generators = { sample: 'sample:attack', response: 'answer:attack' };
  console.log(`Starting a local arena (wrangler dev) with ${judges.length} LLM judges and two generators on the stub at ${stub.url}...`);
  const worker = await startLocalWorker({
    config: 'bench/wrangler.attack.toml',
    label: 'attack',
    vars: [
      `LOCAL_LLM_BASE_URL:${stub.url}/v1`,
      'LOCAL_LLM_API_KEY:stub',
      `EXTRA_JUDGES:${JSON.stringify(judges)}`,
      'MIN_VOTE_DELAY_MS:0',
      `SAMPLE_GENERATOR:local:${generators.sample}`,
      `RESPONSE_GENERATOR:local:${generators.response}`,
    ],
    // --test-scheduled: the budget drain runs the hourly job once, to fill the sample pool.
    extraArgs: ['--log-level', 'warn', '--test-scheduled'],
  });
  base = worker.baseUrl;
  try {
    await fingerprint(judges[0].id);
    await statusOracle();
    await regenerateOracle();
    redactionProbe();
    // Last: the other attacks' visitors are done, so every paid call from here on is the drain's.
    const drain = await budgetDrain({
      base,
      stubUrl: stub.url,
      judgeModels: judges.map((j) => j.providerModel),
      sampleModel: generators.sample,
      responseModel: generators.response,
    });
    drained = drain.lines;
    if (drain.otherVisitorBattle) note('budget drain, another visitor', drain.otherVisitorBattle);
  } finally {
    await worker.stop();
    await stub.close();
  }
  report(worker);
  worker.remove();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
