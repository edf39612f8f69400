// GET /api/battles/:id/stream — the first client runs the judges (exactly once per battle) and streams them live;
// any other or later client gets the stored result replayed, without calling a provider again.
import { database, type Database } from '../db/client';
import { ApiError } from '../errors';
import { readSettings } from '../config';
import { abandonRun, claimRun, finishRun, loadBattle, replaceJudge, saveJudgment, type StoredBattle } from './battle-store';
import type { BattleEvent } from '../api-types';
import { encodeSse, SSE_HEARTBEAT } from './events';
import { evaluateWithJudge } from '../judges/evaluate-judge';
import { pairingCandidates } from '../judges/candidates';
import { pickWeighted } from './pairing';
import { voteLedger } from '../votes/cast-vote';
import { callTimeouts } from '../judges/timeouts';
import { replayEvents, runBattle, type RunBattleDeps } from './run-battle';

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Accel-Buffering': 'no',
};
const HEARTBEAT_MS = 15_000;
const POLL_MS = 500;

export async function streamBattle(env: Env, ctx: ExecutionContext, id: string): Promise<Response> {
  const db = database(env.DB);
  const battle = await loadBattle(db, id);
  if (!battle) throw new ApiError(404, 'battle_not_found', 'No battle with this id.');

  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  let open = true;
  // Writes never block the judges: if the visitor has gone, the run still finishes and is stored for replay.
  const write = (chunk: string) => {
    if (open) writer.write(encoder.encode(chunk)).catch(() => (open = false));
  };
  const emit = (event: BattleEvent) => write(encodeSse(event));
  const heartbeat = setInterval(() => write(SSE_HEARTBEAT), HEARTBEAT_MS);
  const close = () => {
    clearInterval(heartbeat);
    if (open) writer.close().catch(() => {});
    open = false;
  };

  const work =
    battle.status === 'pending' && (await claimRun(db, id, Date.now()))
      ? runLive(env, db, battle, emit)
      : replayWhenFinished(env, db, id, emit);
  ctx.waitUntil(
    work
      .catch((err) => {
        console.error('battle stream failed', { battle: id, error: String(err) });
        for (const judge of ['A', 'B'] as const) emit({ type: 'judge_error', judge, message: 'Something went wrong. Please regenerate the judges.' });
        emit({ type: 'done' });
      })
      .finally(close),
  );
  return new Response(readable, { headers: SSE_HEADERS });
}

async function runLive(env: Env, db: Database, battle: StoredBattle, emit: (e: BattleEvent) => void) {
  const settings = readSettings(env);
  const deps: RunBattleDeps = {
    evaluate: (modelId, task, onDelta) => evaluateWithJudge(env, db, modelId, task, onDelta, settings),
    pickReplacement: async (exclude) => {
      const pool = (await pairingCandidates(env, db, Date.now())).filter((c) => !exclude.includes(c.id));
      return pickWeighted(pool, Math.random)?.id ?? null;
    },
    replaceJudge: (position, modelId) => replaceJudge(db, battle.id, position, modelId),
    saveJudgment: (position, outcome) => saveJudgment(db, battle.id, position, outcome, Date.now()),
    finishRun: async ({ bothComplete, models, critiques }) => {
      const judgedAt = Date.now();
      await finishRun(db, battle.id, bothComplete, judgedAt);
      if (!bothComplete) return;
      // Hand the battle to the vote ledger so the vote needs no D1 read (best effort: it can read D1 itself).
      await voteLedger(env)
        .rememberBattle(battle.id, {
          modelA: models.A,
          modelB: models.B,
          createdAt: battle.createdAt,
          judgedAt,
          critiques: [critiques.A ?? '', critiques.B ?? ''],
        })
        .catch((err) => console.warn('vote ledger did not take the battle', { battle: battle.id, error: String(err) }));
    },
  };
  await runBattle(battle, emit, deps);
  emit({ type: 'done' });
}

/** Waits for a running battle to finish (or declares it abandoned), then replays it. */
async function replayWhenFinished(env: Env, db: Database, id: string, emit: (e: BattleEvent) => void) {
  // Long enough for both judges with failovers; past it the running worker is presumed gone.
  const abandonAfterMs = 2 * callTimeouts(env).totalMs + 60_000;
  for (;;) {
    const battle = await loadBattle(db, id);
    if (!battle) throw new Error('battle vanished');
    if (battle.status !== 'running' && battle.status !== 'pending') {
      for (const event of replayEvents(battle)) emit(event);
      return;
    }
    if (battle.status === 'running' && Date.now() - (battle.runStartedAt ?? 0) > abandonAfterMs) {
      await abandonRun(db, id, Date.now());
      continue;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
