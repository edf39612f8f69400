import { Hono } from 'hono';
import { statusReport } from '../judges/judge-status-report';

export const statusRoutes = new Hono<{ Bindings: Env }>();

/** Operational health for operators and curious visitors (see judges/judge-status-report.ts). */
statusRoutes.get('/', async (c) => {
  const report = await statusReport(c.env, Date.now());
  c.header('Cache-Control', 'no-store');
  return c.json(report);
});
