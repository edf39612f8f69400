// `npm run capacity`: bytes of D1 storage per battle and per vote, as stored, measured on a local worker
// (wrangler dev, real local D1, offline judges), then when D1's 10 GB per database is reached at a given traffic.
//
// Phases, each measured as the growth of the database size D1 reports (pages × page size):
//   1. battles on new prompts (every text unseen, as with custom or generated samples): create + stream;
//   2. a counted vote on each of them;
//   3. battles on prompts already stored (bank samples played again): create + stream.
// CAPACITY_ROUNDS=100 npm run capacity runs fewer rounds (default 400 per phase).
import { startLocalWorker } from '../test/support/local-worker';
import { parseSse } from '../test/support/sse';

const ROUNDS = Number(process.env.CAPACITY_ROUNDS ?? '400') || 400;
const D1_LIMIT_BYTES = 10 * 1e9;
const PRUNE_DAYS = 7;
/** Share of battles that get a vote; an assumption for the projection (the loadtest votes on all of them). */
const VOTED_SHARE = 0.5;

interface Sample {
  input: string;
  response: string;
  reference?: string;
}

/** A bank sample as GET /api/samples/random answers it. */
interface BankSample extends Sample {
  id: string;
}

/** The body of POST /api/battles for a bank sample, played as it is. */
const asPlayed = (s: BankSample) => ({ sampleId: s.id, input: s.input, response: s.response, ...(s.reference ? { reference: s.reference } : {}) });

async function main() {
  console.log(`Starting a local worker (wrangler dev, offline judges, ${ROUNDS} rounds per phase)...`);
  const worker = await startLocalWorker({
    config: 'bench/wrangler.capacity.toml',
    label: 'capacity',
    vars: ['MIN_VOTE_DELAY_MS:0', 'OFFLINE_JUDGE_CHUNK_DELAY_MS:0', 'VISITOR_DAILY_COUNTED_VOTES:1000000'],
    extraArgs: ['--log-level', 'warn'],
  });
  let ip = 0;
  const nextIp = () => `10.${(++ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
  const call = async <T>(method: string, path: string, body?: unknown, visitor = nextIp()): Promise<T> => {
    const res = await fetch(worker.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': visitor },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return (text.startsWith('{') ? JSON.parse(text) : text) as T;
  };
  const size = async () => (await call<{ bytes: number }>('GET', '/__capacity/size')).bytes;
  /** One round up to the vote; returns the battle id and the visitor who played it. */
  const play = async (sample: Sample & { sampleId?: string }) => {
    const visitor = nextIp();
    const { battle } = await call<{ battle: { id: string } }>('POST', '/api/battles', sample, visitor);
    const stream = await call<string>('GET', `/api/battles/${battle.id}/stream`, undefined, visitor);
    const judgments = parseSse(stream).filter((e) => e.event === 'judgment');
    if (judgments.length !== 2) throw new Error(`battle ${battle.id} did not get two judgments`);
    return { id: battle.id, visitor, judgmentChars: judgments.reduce((n, j) => n + JSON.stringify(j.data).length, 0) };
  };

  try {
    const bank = new Map<string, BankSample>();
    for (let i = 0; i < 200; i++) {
      const { sample } = await call<{ sample: BankSample }>('GET', `/api/samples/random?reference=${i % 2 === 0}`);
      bank.set(sample.id, sample);
    }
    const samples = [...bank.values()];
    const textChars = (s: Sample) => s.input.length + s.response.length + (s.reference?.length ?? 0);

    // 1. New prompts: bank texts made unique, so every text and prompt is new (same sizes as real samples).
    const start = await size();
    const fresh: { id: string; visitor: string; judgmentChars: number; textChars: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const s = samples[i % samples.length]!;
      const tag = ` [capacity ${i}]`;
      const sample = { input: s.input + tag, response: s.response + tag, ...(s.reference ? { reference: s.reference + tag } : {}) };
      fresh.push({ ...(await play(sample)), textChars: textChars(sample) });
    }
    const afterBattles = await size();

    // 2. A counted vote on each.
    const choices = ['A', 'B', 'tie', 'both_bad'];
    for (const [i, b] of fresh.entries()) await call('POST', `/api/battles/${b.id}/vote`, { choice: choices[i % 4] }, b.visitor);
    const afterVotes = await size();

    // 3. Known prompts: every bank sample once (untimed), then rounds on them again.
    for (const s of samples) await play(asPlayed(s));
    const beforeRepeat = await size();
    for (let i = 0; i < ROUNDS; i++) await play(asPlayed(samples[i % samples.length]!));
    const afterRepeat = await size();

    const perNewBattle = (afterBattles - start) / ROUNDS;
    const perVote = (afterVotes - afterBattles) / ROUNDS;
    const perKnownBattle = (afterRepeat - beforeRepeat) / ROUNDS;
    const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
    console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)}, ${ROUNDS} rounds per phase, offline judges:`);
    console.log(`  sample texts per battle: ${mean(fresh.map((b) => b.textChars))} characters; judgments (both, as sent): ${mean(fresh.map((b) => b.judgmentChars))} characters`);
    console.log(`  battle on a new prompt (texts, prompt, battle, two judgments, indexes): ${Math.round(perNewBattle)} bytes`);
    console.log(`  battle on a stored prompt (battle, two judgments, indexes):            ${Math.round(perKnownBattle)} bytes`);
    console.log(`  vote (vote row with its answer, indexes; counts update in place):     ${Math.round(perVote)} bytes`);
    console.log(`  database size at the end: ${afterRepeat} bytes`);

    console.log(`\nDays until D1's 10 GB, every battle on a new prompt, ${VOTED_SHARE * 100}% of battles voted on:`);
    console.log('  battles/day   without pruning   pruning unvoted after 7 days');
    for (const perDay of [1_000, 10_000, 100_000]) {
      const voted = perDay * VOTED_SHARE;
      const growthAll = perDay * perNewBattle + voted * perVote;
      // With pruning only voted battles stay; the last 7 days of unvoted ones are a fixed overhead.
      const growthKept = voted * (perNewBattle + perVote);
      const overhead = PRUNE_DAYS * (perDay - voted) * perNewBattle;
      const days = (bytes: number, growth: number) => Math.round(bytes / growth).toLocaleString('en');
      console.log(`  ${perDay.toLocaleString('en').padStart(11)}   ${days(D1_LIMIT_BYTES, growthAll).padStart(15)}   ${days(D1_LIMIT_BYTES - overhead, growthKept).padStart(28)}`);
    }
  } finally {
    await worker.stop();
    worker.remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
