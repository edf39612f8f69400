import { Hono } from 'hono';
import { leaderboardHistoryRoutes } from './leaderboard-history';
import { EMPTY_LEADERBOARD, EMPTY_PAIRS_DOCUMENT, LEADERBOARD_KEY, PAIRS_KEY } from '../leaderboard/leaderboard-json';

export const leaderboardRoutes = new Hono<{ Bindings: Env }>();

// Both documents are written hourly by the cron; serving them is one KV read.
leaderboardRoutes.get('/', async (c) => {
  const stored = await c.env.LEADERBOARD_KV.get(LEADERBOARD_KEY);
  c.header('Cache-Control', 'public, max-age=60');
  return c.body(stored ?? JSON.stringify(EMPTY_LEADERBOARD), 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

leaderboardRoutes.get('/pairs', async (c) => {
  const stored = await c.env.LEADERBOARD_KV.get(PAIRS_KEY);
  c.header('Cache-Control', 'public, max-age=60');
  return c.body(stored ?? JSON.stringify(EMPTY_PAIRS_DOCUMENT), 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

leaderboardRoutes.route('/history', leaderboardHistoryRoutes);
