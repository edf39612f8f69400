import { Hono } from 'hono';
import { leaderboardHistoryRoutes } from './leaderboard-history';
import { EMPTY_LEADERBOARD, EMPTY_PAIRS_DOCUMENT, LEADERBOARD_KEY, PAIRS_KEY } from '../leaderboard/leaderboard-json';
import { sliceKey } from '../leaderboard/slice-counts';
import { validate } from '../http/validation';
import { leaderboardSliceQuery } from '../shared/request-schemas';

export const leaderboardRoutes = new Hono<{ Bindings: Env }>();

const sliceQuery = validate('query', leaderboardSliceQuery);

// Both documents (overall and per slice) are written hourly by the cron; serving one is one KV read. A slice
// with no votes yet has no document: it gets the empty one, saying which slice it is.
leaderboardRoutes.get('/', sliceQuery, async (c) => {
  const { format = null, category = null } = c.req.valid('query');
  const stored = await c.env.LEADERBOARD_KV.get(sliceKey(LEADERBOARD_KEY, { format, category }));
  c.header('Cache-Control', 'public, max-age=60');
  return c.body(stored ?? JSON.stringify({ ...EMPTY_LEADERBOARD, slice: { format, category } }), 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

leaderboardRoutes.get('/pairs', sliceQuery, async (c) => {
  const { format = null, category = null } = c.req.valid('query');
  const stored = await c.env.LEADERBOARD_KV.get(sliceKey(PAIRS_KEY, { format, category }));
  c.header('Cache-Control', 'public, max-age=60');
  return c.body(stored ?? JSON.stringify({ ...EMPTY_PAIRS_DOCUMENT, slice: { format, category } }), 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

leaderboardRoutes.route('/history', leaderboardHistoryRoutes);
