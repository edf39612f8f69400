// GET /api/battles/:id/stream. A battle still to be judged is streamed by its BattleRun Durable Object, which runs
// the judges once and fans the live events out to every viewer; a finished battle is replayed from D1 directly.
import { database } from '../db/client';
import { ApiError } from '../errors';
import { loadBattle } from './battle-store';
import { runSettingsOf } from './battle-run';
import { encodeSse } from './events';
import { replayEvents } from './run-battle';

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Accel-Buffering': 'no',
};

export function battleRun(env: Env, battleId: string) {
  return env.BATTLE_RUN.get(env.BATTLE_RUN.idFromName(battleId));
}

export async function streamBattle(env: Env, id: string): Promise<Response> {
  const battle = await loadBattle(database(env.DB), id);
  if (!battle) throw new ApiError(404, 'battle_not_found', 'No battle with this id.');
  if (battle.status === 'pending' || battle.status === 'running') {
    const body = await battleRun(env, id).watch(id, runSettingsOf(env), battle);
    return new Response(body, { headers: SSE_HEADERS });
  }
  return new Response(replayEvents(battle).map(encodeSse).join(''), { headers: SSE_HEADERS });
}
