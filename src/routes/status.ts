import { Hono } from 'hono';
import { statusReport } from '../battles/arena-status';

export const statusRoutes = new Hono<{ Bindings: Env }>();

/** Operational health for operators and curious visitors (see battles/arena-status.ts). */
statusRoutes.get('/', async (c) => {
  const report = await statusReport(c.env, Date.now());
  c.header('Cache-Control', 'no-store');
  return c.json(report);
});
