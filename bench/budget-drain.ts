// The budget-drain attack of `npm run attack` (issue 9): one visitor tries to spend the day's paid calls — random
// samples with a sample generator configured, generated responses, then battles with LLM judges until refused —
// and another visitor plays on. Paid calls are counted where they are paid: at the stub provider, per model.
// The visitor meets the production limits (bench/wrangler.attack.toml), so a per-minute rate limit is waited out.
import { readSettings } from '../src/config';

export interface DrainArena {
  base: string;
  stubUrl: string;
  /** Provider model names of the LLM judges, the sample generator and the response generator, as the stub sees them. */
  judgeModels: string[];
  sampleModel: string;
  responseModel: string;
}

interface Refusal {
  status: number;
  code: string;
  retryAfter: string | null;
  message: string;
}

/** The fields of the API's answers this attack reads. */
interface Answer {
  error?: { code: string; message: string };
  battle?: { id: string };
  sample?: { id: string };
}

const SAMPLE_REQUESTS = 100;
/** Far more than a visitor's share allows; the loop ends at the first visitor_budget refusal. */
const MAX_BATTLES = 200;

/** What the attack printed, and the battle the other visitor voted on (its vote is counted from D1 after the run). */
export async function budgetDrain(arena: DrainArena): Promise<{ lines: string[]; otherVisitorBattle: string | null }> {
  const { base } = arena;
  const calls = (model: string) => fetch(`${arena.stubUrl}/__calls?model=${encodeURIComponent(model)}`).then(async (r) => ((await r.json()) as { calls: number }).calls);
  const sum = async (models: string[]) => (await Promise.all(models.map(calls))).reduce((a, b) => a + b, 0);
  const request = async (path: string, ip: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as Answer;
    const refusal: Refusal | null = res.ok
      ? null
      : { status: res.status, code: json.error?.code ?? '?', retryAfter: res.headers.get('retry-after'), message: json.error?.message ?? '' };
    return { json, refusal };
  };
  const battle = async (ip: string, n: number) => {
    const res = await request('/api/battles', ip, { input: `Drain question ${n} (${Date.now()}): what is 17 × 23?`, response: 'It is 391.' });
    // The judges are paid when the battle is streamed: stream it, as an attacker draining the budget would.
    if (!res.refusal) await (await fetch(`${base}/api/battles/${res.json.battle!.id}/stream`, { headers: { 'cf-connecting-ip': ip } })).text();
    return res;
  };
  const lines: string[] = [];
  const attacker = '192.0.2.200';
  const status = (await (await fetch(`${base}/api/status`)).json()) as { arena: { dailyPaidJudgeCallLimit: number | null } };
  const daily = status.arena.dailyPaidJudgeCallLimit ?? 0;
  // The worker runs with the default share (bench/wrangler.attack.toml does not set it).
  const share = readSettings({} as Env).VISITOR_DAILY_PAID_SHARE;
  lines.push(`the day's ceiling: ${daily} paid calls; one visitor's share: ${share * 100}% of it, ${share * daily} calls`);

  // The hourly job fills the sample pool (its paid calls are the job's, a few an hour); then the visitor asks for samples.
  const beforeJob = await calls(arena.sampleModel);
  await fetch(`${base}/__scheduled?cron=${encodeURIComponent('0 * * * *')}`);
  // The job runs on after its trigger answers (waitUntil): wait for its generator calls, then for the last insert.
  const perHour = readSettings({} as Env).SAMPLE_GENERATOR_PER_HOUR;
  for (let i = 0; i < 120 && (await calls(arena.sampleModel)) - beforeJob < perHour; i++) await sleep(500);
  await sleep(1000);
  const jobCalls = (await calls(arena.sampleModel)) - beforeJob;
  let pooled = 0;
  const refused = new Map<string, number>();
  for (let i = 0; i < SAMPLE_REQUESTS; i++) {
    const res = await request('/api/samples/random', attacker);
    if (res.refusal) refused.set(res.refusal.code, (refused.get(res.refusal.code) ?? 0) + 1);
    else if (res.json.sample!.id.startsWith('generated-')) pooled++;
  }
  const sampleCalls = (await calls(arena.sampleModel)) - beforeJob - jobCalls;
  const refusals = [...refused].map(([code, n]) => `${code} × ${n}`).join(', ');
  lines.push(
    `${SAMPLE_REQUESTS} GET /api/samples/random: ${pooled} served from the pool the hourly job filled with ${jobCalls} generator calls` +
      `${refusals ? `, refused: ${refusals}` : ''}; ${sampleCalls} paid calls caused by the requests`,
  );

  const paidModels = [...arena.judgeModels, arena.responseModel];
  const paidBefore = await sum(paidModels);
  let responses = 0;
  let responseRefusal: Refusal | null = null;
  while (!responseRefusal) {
    const res = await request('/api/responses', attacker, { input: `Drain input ${responses}: name a prime above 100.` });
    if (res.refusal) responseRefusal = res.refusal;
    else responses++;
  }
  lines.push(`POST /api/responses: ${responses} answered, then ${describe(responseRefusal)}`);

  let battles = 0;
  let waits = 0;
  let budgetRefusal: Refusal | null = null;
  for (let n = 0; n < MAX_BATTLES && !budgetRefusal; n++) {
    const res = await battle(attacker, n);
    if (!res.refusal) battles++;
    else if (res.refusal.code === 'rate_limited') {
      waits++;
      await sleep(Number(res.refusal.retryAfter ?? 60) * 1000);
    } else budgetRefusal = res.refusal;
  }
  const caused = (await sum(paidModels)) - paidBefore;
  const afterBudget = await request('/api/responses', attacker, { input: 'One more, please.' });
  lines.push(
    `POST /api/battles: ${battles} battles started and streamed (${waits} wait${waits === 1 ? '' : 's'} of a minute for the battle rate limit), then ` +
      `${budgetRefusal ? describe(budgetRefusal) : `no refusal in ${MAX_BATTLES} tries`}; a response after that: ${afterBudget.refusal ? describe(afterBudget.refusal) : 'answered'}`,
  );
  if (budgetRefusal) lines.push(`the refusal says: "${budgetRefusal.message}"`);
  lines.push(`paid calls the visitor caused: ${caused}, ${daily ? Math.round((caused / daily) * 1000) / 10 : 0}% of the day's ceiling`);

  const other = '192.0.2.201';
  const otherBefore = await sum(paidModels);
  const otherBattle = await battle(other, -1);
  const vote = otherBattle.refusal ? null : await request(`/api/battles/${otherBattle.json.battle!.id}/vote`, other, { choice: 'A' });
  const otherResponse = await request('/api/responses', other, { input: 'Another visitor: what is the boiling point of water?' });
  lines.push(
    `another visitor then: battle ${otherBattle.refusal ? describe(otherBattle.refusal) : 'started and judged'}, ` +
      `vote ${vote?.refusal ? describe(vote.refusal) : vote ? 'accepted' : '—'}, ` +
      `response ${otherResponse.refusal ? describe(otherResponse.refusal) : 'answered'} (${(await sum(paidModels)) - otherBefore} paid calls)`,
  );
  return { lines, otherVisitorBattle: otherBattle.refusal ? null : otherBattle.json.battle!.id };
}

function sleep(ms: number) {
  return new Promise((done) => setTimeout(done, ms));
}

function describe(r: Refusal): string {
  const retry = r.retryAfter ? ` (Retry-After ${r.retryAfter} s)` : '';
  return `${r.status} ${r.code}${retry}`;
}
