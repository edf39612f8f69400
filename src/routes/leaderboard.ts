import { Hono, type Context } from 'hono';
import { leaderboardHistoryRoutes } from './leaderboard-history';
import { leaderboardJudgeRoutes } from './leaderboard-judge';
import { EMPTY_LEADERBOARD, EMPTY_PAIRS_DOCUMENT, LEADERBOARD_KEY, PAIRS_KEY } from '../leaderboard/leaderboard-json';
import { SLICE_KEY, type SliceDocuments } from '../leaderboard/slice-boards';
import { sliceKey } from '../leaderboard/slice-counts';
import { validate } from '../http/validation';
import type { LeaderboardSlice } from '../shared/leaderboard-slices';
import { leaderboardSliceQuery } from '../shared/request-schemas';

export const leaderboardRoutes = new Hono<{ Bindings: Env }>();

const sliceQuery = validate('query', leaderboardSliceQuery);

/**
 * One KV read: the overall board's own value as it always was, or the slice's value (both its documents). A slice
 * with no votes yet has no value: it gets the empty document, saying which slice it is.
 */
async function documentOf(c: Context<{ Bindings: Env }>, slice: LeaderboardSlice, which: keyof SliceDocuments): Promise<string> {
  const empty = which === 'leaderboard' ? EMPTY_LEADERBOARD : EMPTY_PAIRS_DOCUMENT;
  if (!slice.format && !slice.category) {
    const stored = await c.env.LEADERBOARD_KV.get(which === 'leaderboard' ? LEADERBOARD_KEY : PAIRS_KEY);
    return stored ?? JSON.stringify({ ...empty, slice });
  }
  const stored = await c.env.LEADERBOARD_KV.get<SliceDocuments>(sliceKey(SLICE_KEY, slice), 'json');
  return JSON.stringify(stored?.[which] ?? { ...empty, slice });
}

// The documents are written hourly by the cron.
for (const [path, which] of [['/', 'leaderboard'], ['/pairs', 'pairs']] as const) {
  leaderboardRoutes.get(path, sliceQuery, async (c) => {
    const { format = null, category = null } = c.req.valid('query');
    const body = await documentOf(c, { format, category }, which);
    c.header('Cache-Control', 'public, max-age=60');
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
}

leaderboardRoutes.route('/history', leaderboardHistoryRoutes);
leaderboardRoutes.route('/judges', leaderboardJudgeRoutes);
