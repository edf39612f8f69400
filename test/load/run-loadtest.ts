// `npm run loadtest`: vote throughput and latency of the arena against a bare Durable Object + D1 baseline,
// at 1, 10 and 50 concurrent clients, then a count of every acknowledged vote against what D1 stored.
//
// Each level runs complete rounds in two phases, so the vote figures are not diluted by judge streaming:
//   1. rounds: every client creates and streams its battles (POST /api/battles → GET /api/battles/:id/stream);
//   2. votes: every client votes on its battles one after another (POST /api/battles/:id/vote); timed.
// The same number of baseline requests (POST /__baseline) from the same number of clients, timed the same way,
// take turns with the votes: a fifth of the votes, as many baseline requests, the next fifth of the votes, ...
// (on a shared machine, a burst of other work would otherwise land on one phase and not the other).
// votes/s = acknowledged votes / wall time of the vote blocks; baseline/s likewise; the ratio compares the two.
//
// LOADTEST_SCALE=0.2 npm run loadtest runs a fifth of the rounds (a quick check); the default takes ~2-3 minutes.
import { readFileSync } from 'node:fs';
import { ArenaClient, VOTE_CHOICES, devProxyRestarts, type LoadSample, type VoteChoice } from './arena-client';
import { summarizePhase, type PhaseSummary } from './latency-stats';
import { startLoadTestServer } from './loadtest-server';
import { reconcileVotes, type AcknowledgedVote, type StoredVote } from './reconcile-votes';
import { fixed, textTable } from './text-table';

const SCALE = Number(process.env.LOADTEST_SCALE ?? '1') || 1;
/** Rounds per level, a multiple of the client count so every client does the same number. */
const LEVELS = [
  { clients: 1, rounds: 100 },
  { clients: 10, rounds: 300 },
  { clients: 50, rounds: 500 },
].map(({ clients, rounds }) => ({ clients, rounds: Math.max(1, Math.round((rounds * SCALE) / clients)) * clients }));
const TARGET_RATIO = 0.8;
/** Timed blocks per level: votes and baseline requests take turns (see runLevel). */
const BLOCKS = 5;
const RACE_BATTLES = 30;
const REPLAY_BATTLES = 30;

interface LevelResult {
  clients: number;
  rounds: number;
  roundsWallMs: number;
  unvotable: number;
  votes: PhaseSummary;
  voteFailures: Record<string, number>;
  baseline: PhaseSummary;
}

const acknowledged: AcknowledgedVote[] = [];
/** IPs of the clients whose votes were acknowledged first: each should show up as one visitor id in D1. */
const votingIps = new Set<string>();
let clientGroup = 0;

async function main(): Promise<number> {
  const started = performance.now();
  console.log(`Starting the load-test worker (wrangler dev, offline judges; levels ${LEVELS.map((l) => `${l.clients}×${l.rounds / l.clients}`).join(', ')})...`);
  const server = await startLoadTestServer();
  const stopOnSignal = async () => {
    await server.stop();
    server.remove();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const results: LevelResult[] = [];
  let checks: string[];
  let pending: number;
  try {
    const samples = await fetchSamples(server.baseUrl, 12);
    // Warm-up (not reported): first requests compile code paths and create both Durable Objects and the baseline table.
    await runLevel(server.baseUrl, samples, 5, 20);
    for (const level of LEVELS) {
      const result = await runLevel(server.baseUrl, samples, level.clients, level.rounds);
      results.push(result);
      console.log(
        `  ${level.clients} client(s): ${result.votes.items} votes at ${fixed(result.votes.perSecond, 1)}/s, ` +
          `baseline ${fixed(result.baseline.perSecond, 1)}/s`,
      );
    }
    checks = [await raceCheck(server.baseUrl, samples), await replayCheck(server.baseUrl)];
    pending = await waitForPendingVotes(server.baseUrl);
  } catch (error) {
    await server.stop();
    console.error(`wrangler log (end):\n${tail(server.logFile, 40)}`);
    server.remove();
    throw error;
  } finally {
    await server.stop();
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
  }

  // Read back what was persisted, with the server stopped.
  const stored = server
    .queryD1<{ battle_id: string; choice: string; counted: number; excluded_reason: string | null; visitor_id: string | null }>(
      'SELECT battle_id, choice, counted, excluded_reason, visitor_id FROM votes',
    )
    .map(
      (r): StoredVote => ({ battleId: r.battle_id, choice: r.choice, counted: r.counted === 1, excludedReason: r.excluded_reason, visitorId: r.visitor_id }),
    );
  const [pairs] = server.queryD1<{ total: number | null }>('SELECT SUM(wins_lo + wins_hi + ties + both_bad) AS total FROM pair_counts');
  const [baselineRows] = server.queryD1<{ n: number }>('SELECT COUNT(*) AS n FROM loadtest_baseline');
  server.remove();

  printResults(results, checks);
  const tally = reconcileVotes(acknowledged, stored, pairs?.total ?? 0);
  const baselineSent = results.reduce((sum, r) => sum + r.baseline.items, 0);
  const excluded = Object.entries(tally.excludedByReason).map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none';
  console.log('\nAcknowledged votes against stored votes (D1 read after stopping the server):');
  console.log(`  acknowledged votes (200, distinct battles): ${tally.acknowledged}`);
  console.log(`  rows in votes: ${tally.storedRows} (counted ${tally.counted}; excluded: ${excluded}; stored but never acknowledged: ${tally.unacknowledgedRows})`);
  console.log(`  pair_counts total (wins_lo+wins_hi+ties+both_bad): ${tally.pairCountTotal} (counted votes: ${tally.counted})`);
  console.log(`  votes still pending in the ledger before the stop: ${pending < 0 ? 'unknown' : pending}`);
  console.log(`  distinct visitor ids in votes: ${tally.distinctVisitors} (client IPs with acknowledged votes: ${votingIps.size})`);
  console.log(`  baseline rows: ${baselineRows?.n ?? 0} (timed baseline requests acknowledged: ${baselineSent}, plus warm-up)`);
  if (tally.lostVotes.length > 0) console.log(`  lost battles (first 5): ${tally.lostVotes.slice(0, 5).join(', ')}`);
  if (tally.conflictingAcks.length > 0) console.log(`  battles with two different acknowledged votes: ${tally.conflictingAcks.slice(0, 5).join(', ')}`);
  console.log(`lost: ${tally.lost}, duplicated: ${tally.duplicated}`);
  // wrangler dev's own 503 ("Your worker restarted mid-request") is not the worker's: counted apart, retried.
  console.log(`dev-proxy 503s (wrangler dev's ProxyWorker, retried): ${devProxyRestarts.count}`);
  const serverErrors = results.flatMap((r) => Object.entries(r.voteFailures).filter(([key]) => key.startsWith('5')));
  if (serverErrors.length > 0) console.log(`5xx answers from the worker: ${serverErrors.map(([k, n]) => `${k}: ${n}`).join(', ')}`);

  const ratios = results.map((r) => r.votes.perSecond / r.baseline.perSecond);
  const met = ratios.every((ratio) => ratio >= TARGET_RATIO);
  console.log(
    `Throughput target (votes ≥ ${TARGET_RATIO}× baseline at every level): ${met ? 'met' : 'NOT met'} ` +
      `(${results.map((r, i) => `${r.clients}: ${fixed(ratios[i], 2)}×`).join(', ')})`,
  );
  console.log(`Total time: ${fixed((performance.now() - started) / 1000, 0)} s`);
  return tally.lost > 0 || tally.duplicated > 0 || serverErrors.length > 0 ? 1 : 0;
}

/** Rounds (create + stream), then the timed votes, then as many timed baseline requests; all at `clientCount`. */
async function runLevel(baseUrl: string, samples: LoadSample[], clientCount: number, rounds: number): Promise<LevelResult> {
  const clients = newClients(baseUrl, clientCount);
  const perClient = rounds / clientCount;

  const roundsStarted = performance.now();
  let unvotable = 0;
  const battles = await Promise.all(
    clients.map(async (client, c) => {
      const ids: string[] = [];
      for (let i = 0; i < perClient; i++) {
        const id = await client.createBattle(samples[(c * perClient + i) % samples.length]);
        if (await client.streamToEnd(id)) ids.push(id);
        else unvotable++;
      }
      return ids;
    }),
  );
  const roundsWallMs = performance.now() - roundsStarted;

  // The timed phases alternate in BLOCKS blocks (votes, then as many baseline requests, then the next votes...), so
  // that a burst of other work on the machine falls on both kinds of request alike rather than on one phase.
  const voteLatencies: number[] = [];
  const voteFailures: Record<string, number> = {};
  const baselineLatencies: number[] = [];
  let voteWallMs = 0;
  let baselineWallMs = 0;
  for (let block = 0; block < BLOCKS; block++) {
    const share = (ids: string[]) => ids.slice(Math.floor((block * ids.length) / BLOCKS), Math.floor(((block + 1) * ids.length) / BLOCKS));
    const votesStarted = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        for (const id of share(battles[c])) {
          const reply = await client.vote(id, randomChoice(), `load-${id}`);
          if (reply.status === 200 && reply.choice) {
            voteLatencies.push(reply.latencyMs);
            acknowledged.push({ battleId: id, choice: reply.choice });
            votingIps.add(client.ip);
          } else {
            const key = `${reply.status} ${reply.code ?? ''}`.trim();
            voteFailures[key] = (voteFailures[key] ?? 0) + 1;
          }
        }
      }),
    );
    voteWallMs += performance.now() - votesStarted;

    const baselineStarted = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < share(battles[c]).length; i++) baselineLatencies.push(await client.baseline());
      }),
    );
    baselineWallMs += performance.now() - baselineStarted;
  }
  const votes = summarizePhase(voteLatencies, voteWallMs);
  const baseline = summarizePhase(baselineLatencies, baselineWallMs);

  return { clients: clientCount, rounds, roundsWallMs, unvotable, votes, voteFailures, baseline };
}

/** Two different votes on one fresh battle at the same moment: exactly one may be acknowledged, the other gets 409. */
async function raceCheck(baseUrl: string, samples: LoadSample[]): Promise<string> {
  const clients = newClients(baseUrl, 2);
  const ids: string[] = [];
  for (let i = 0; i < RACE_BATTLES; i++) {
    const id = await clients[0].createBattle(samples[i % samples.length]);
    if (await clients[0].streamToEnd(id)) ids.push(id);
  }
  let singleWinner = 0;
  await Promise.all(
    ids.map(async (id) => {
      const [first, second] = await Promise.all([clients[0].vote(id, 'A', `race-a-${id}`), clients[1].vote(id, 'B', `race-b-${id}`)]);
      [first, second].forEach((reply, i) => {
        if (reply.status !== 200 || !reply.choice) return;
        acknowledged.push({ battleId: id, choice: reply.choice });
        votingIps.add(clients[i].ip);
      });
      const statuses = [first.status, second.status].sort().join(',');
      if (statuses === '200,409') singleWinner++;
    }),
  );
  return `race: ${ids.length} battles got two different votes at once; exactly one acknowledged in ${singleWinner}/${ids.length}`;
}

/** Resending a vote (same Idempotency-Key) gets the same answer; a different choice on a voted battle gets 409. */
async function replayCheck(baseUrl: string): Promise<string> {
  const [client] = newClients(baseUrl, 1);
  const sample = acknowledged.slice(0, REPLAY_BATTLES);
  let sameAnswer = 0;
  let refused = 0;
  for (const ack of sample) {
    const retry = await client.vote(ack.battleId, ack.choice as VoteChoice, `load-${ack.battleId}`);
    if (retry.status === 200 && retry.choice === ack.choice) sameAnswer++;
    const other = VOTE_CHOICES.find((c) => c !== ack.choice) as VoteChoice;
    const change = await client.vote(ack.battleId, other, `change-${ack.battleId}`);
    if (change.status === 409 && change.code === 'already_voted') refused++;
    if (change.status === 200 && change.choice) acknowledged.push({ battleId: ack.battleId, choice: change.choice });
  }
  return `replay: resent ${sample.length} votes: same answer ${sameAnswer}/${sample.length}; a different choice refused (409) ${refused}/${sample.length}`;
}

/** Acknowledged votes the ledger still keeps for a later D1 write; waits (up to 30 s) for them to be applied. */
async function waitForPendingVotes(baseUrl: string): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { pending } = (await (await fetch(`${baseUrl}/__loadtest/pending`)).json()) as { pending: number };
    if (pending === 0 || Date.now() > deadline) return pending;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function printResults(results: LevelResult[], checks: string[]) {
  const header = [
    'clients', 'rounds', 'rounds s', 'votes/s', 'vote p50', 'vote p99', 'ms/vote',
    'base/s', 'base p50', 'base p99', 'ms/base', 'vote/base', `≥${TARGET_RATIO}×`,
  ];
  const rows = results.map((r) => {
    const ratio = r.votes.perSecond / r.baseline.perSecond;
    return [
      String(r.clients), String(r.rounds), fixed(r.roundsWallMs / 1000, 1),
      fixed(r.votes.perSecond, 1), fixed(r.votes.p50Ms, 1), fixed(r.votes.p99Ms, 1), fixed(r.votes.msPerItem, 2),
      fixed(r.baseline.perSecond, 1), fixed(r.baseline.p50Ms, 1), fixed(r.baseline.p99Ms, 1), fixed(r.baseline.msPerItem, 2),
      `${fixed(ratio, 2)}×`, ratio >= TARGET_RATIO ? 'yes' : 'no',
    ];
  });
  console.log('\nVote requests vs baseline requests (latencies in ms; votes/s and base/s = successes / wall time of the phase):');
  console.log(textTable(header, rows));
  for (const r of results) {
    const failures = Object.entries(r.voteFailures).map(([k, n]) => `${k}: ${n}`).join(', ');
    if (failures || r.unvotable) console.log(`  ${r.clients} client(s): failed votes ${failures || 'none'}; battles without two judgments: ${r.unvotable}`);
  }
  for (const check of checks) console.log(check);
}

function newClients(baseUrl: string, count: number): ArenaClient[] {
  clientGroup++;
  return Array.from({ length: count }, (_, i) => {
    return new ArenaClient(baseUrl, `10.${clientGroup}.${Math.floor(i / 250)}.${(i % 250) + 1}`);
  });
}

/** A few distinct samples from the bank, so battles vary without a sample request in every round. */
async function fetchSamples(baseUrl: string, count: number): Promise<LoadSample[]> {
  const client = new ArenaClient(baseUrl, '10.0.0.1');
  const byId = new Map<string, LoadSample>();
  for (let attempt = 0; attempt < count * 5 && byId.size < count; attempt++) {
    const sample = await client.randomSample();
    byId.set(sample.id, sample);
  }
  return [...byId.values()];
}

function tail(file: string, lines: number): string {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

function randomChoice(): VoteChoice {
  return VOTE_CHOICES[Math.floor(Math.random() * VOTE_CHOICES.length)];
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
