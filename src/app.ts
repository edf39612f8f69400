// The HTTP application: route modules mounted under /api, and one JSON error shape for every failure.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, errorBody } from './errors';
import { battleRoutes } from './routes/battles';
import { configRoutes } from './routes/config';
import { leaderboardRoutes } from './routes/leaderboard';
import { modelRoutes } from './routes/models';
import { responseRoutes } from './routes/responses';
import { sampleRoutes } from './routes/samples';
import { statusRoutes } from './routes/status';
import { adminRoutes } from './routes/admin';
import { adminVoteExportRoutes, voteExportRoutes } from './routes/vote-export';
import { openApiRoutes } from './routes/openapi';
import { limitBodySize } from './http/body-limit';
import { securityHeaders } from './http/security-headers';

export function createApp() {
  const app = new Hono<{ Bindings: Env }>();
  app.use('*', securityHeaders);
  app.use('/api/*', limitBodySize);
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api/openapi.json', openApiRoutes);
  app.route('/api/config', configRoutes);
  app.route('/api/models', modelRoutes);
  app.route('/api/samples', sampleRoutes);
  app.route('/api/battles', battleRoutes);
  app.route('/api/responses', responseRoutes);
  app.route('/api/leaderboard', leaderboardRoutes);
  app.route('/api/status', statusRoutes);
  app.route('/api/votes', voteExportRoutes);
  app.route('/api/admin/votes', adminVoteExportRoutes);
  app.route('/api/admin', adminRoutes);

  app.notFound((c) => c.json(errorBody('not_found', `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status, err.headers);
    // Hono's own middleware (bearerAuth) throws these; ours carry our error shape already.
    if (err instanceof HTTPException) return err.res ?? c.json(errorBody('bad_request', err.message || 'The request was refused.'), err.status);
    console.error('unhandled error', { path: new URL(c.req.url).pathname, error: String(err) });
    return c.json(errorBody('internal', 'Something went wrong on our side. Please try again.'), 500);
  });
  return app;
}
