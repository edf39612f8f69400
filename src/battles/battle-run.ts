// The owner of one battle's judging run: a Durable Object per battle (named by the battle id). It runs both
// judges to the end whether or not anyone is watching, sends each viewer what has happened so far and then the
// live events, and records the result in D1 (battle-store, then the vote ledger).
//
// Exactly once: the run is claimed in D1 before any judge is called, and only this object claims it. An object
// that lost its run (evicted or redeployed mid-run) finds the claim without the run in memory: it closes the run
// as failed, as an abandoned run always was, so the visitor can regenerate, and never calls a judge again.
//
// The watchdog alarm does two jobs while a run is live: each firing is an event for the object, so an object
// whose viewers have all left is not idle and stays in memory to finish (the compatibility flag that makes
// pending I/O do this, durable_object_io_tasks_prevent_eviction, is unknown to wrangler 4.86's runtime); and
// after an eviction it finds the claim without the run and closes it, even if no viewer comes back.
import { DurableObject, env as boundEnv } from 'cloudflare:workers';
import type { BattleEvent } from '../shared/api-types';
import { database, type Database } from '../db/client';
import { abandonRun, claimRun, loadBattle, POSITIONS, type StoredBattle } from './battle-store';
import { LiveEvents } from './live-events';
import { replayEvents, runBattle } from './run-battle';
import { runBattleDeps } from './run-deps';

const HEARTBEAT_MS = 15_000;
/** Pace of the watchdog alarm while a run is claimed: well under the ~70 s after which an idle object may go. */
const WATCHDOG_MS = 30_000;
/** Storage key of the battle whose run this object has claimed and not yet finished. */
const CLAIMED_RUN = 'claimedRun';

/**
 * The string settings (vars and secrets) in which the worker that asked for the run differs from its own bindings,
 * which are also this object's. In production that is none, so no secret crosses the RPC call; tests run battles
 * with their own judges (EXTRA_JUDGES on a stub provider), and those are passed along.
 */
export type RunSettings = Record<string, string>;

export function runSettingsOf(env: Env): RunSettings {
  const own = boundEnv as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== own[entry[0]]),
  );
}

export class BattleRun extends DurableObject<Env> {
  /** This battle's events; set by the first viewer and kept while the object lives. */
  private events: Promise<LiveEvents> | null = null;
  /** True while the judges run in this instance (what an evicted instance has lost). */
  private running = false;

  /**
   * A viewer's SSE bytes: everything so far, then the live events until `done`. `seen`: the battle as the worker
   * just read it, so the first start does not read it again (its texts never change; the run is still claimed in D1).
   */
  async watch(battleId: string, settings: RunSettings, seen?: StoredBattle): Promise<ReadableStream<Uint8Array>> {
    // Assigned before the first await, so concurrent viewers share one start and the judges run once.
    this.events ??= this.start(battleId, settings, seen).catch((err) => {
      this.events = null;
      throw err;
    });
    return (await this.events).subscribe();
  }

  async alarm(): Promise<void> {
    if (this.running) {
      await this.ctx.storage.setAlarm(Date.now() + WATCHDOG_MS);
      return;
    }
    const battleId = await this.ctx.storage.get<string>(CLAIMED_RUN);
    if (battleId === undefined) return;
    // Claimed by an instance that is gone: close the run so viewers stop waiting and can regenerate.
    await abandonRun(database(this.env.DB), battleId, Date.now());
    await this.ctx.storage.delete(CLAIMED_RUN);
  }

  private async start(battleId: string, settings: RunSettings, seen: StoredBattle | undefined): Promise<LiveEvents> {
    const db = database(this.env.DB);
    const battle = seen?.id === battleId ? seen : await loadBattle(db, battleId);
    if (!battle) throw new Error(`battle ${battleId} not found`);
    if (battle.status === 'pending' && (await claimRun(db, battleId, Date.now()))) {
      return this.run({ ...this.env, ...settings } as Env, db, battle);
    }
    if (battle.status === 'pending' || battle.status === 'running') {
      // Claimed, but not by this instance's memory: the instance that ran it is gone.
      await abandonRun(db, battleId, Date.now());
      await this.ctx.storage.delete(CLAIMED_RUN);
    }
    const finished = await loadBattle(db, battleId);
    if (!finished) throw new Error(`battle ${battleId} vanished`);
    return LiveEvents.finished(replayEvents(finished));
  }

  private async run(env: Env, db: Database, battle: StoredBattle): Promise<LiveEvents> {
    const live = new LiveEvents();
    this.running = true;
    await this.ctx.storage.put(CLAIMED_RUN, battle.id);
    await this.ctx.storage.setAlarm(Date.now() + WATCHDOG_MS);
    const heartbeat = setInterval(() => live.heartbeat(), HEARTBEAT_MS);
    const emit = (event: BattleEvent) => live.emit(event);
    const work = runBattle(battle, emit, runBattleDeps(env, db, battle))
      .catch(async (err) => {
        console.error('battle run failed', { battle: battle.id, error: String(err) });
        for (const judge of POSITIONS) emit({ type: 'judge_error', judge, message: 'Something went wrong. Please regenerate the judges.' });
        await abandonRun(db, battle.id, Date.now()).catch(() => {});
      })
      .finally(async () => {
        emit({ type: 'done' });
        clearInterval(heartbeat);
        live.end();
        this.running = false;
        await this.ctx.storage.delete(CLAIMED_RUN);
        await this.ctx.storage.deleteAlarm();
      });
    // The run belongs to the object, not to a viewer's request: it goes on when every viewer has left.
    this.ctx.waitUntil(work);
    return live;
  }
}
