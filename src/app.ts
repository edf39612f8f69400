import { Hono } from 'hono';
import { ApiError, errorBody } from './errors';

export function createApp() {
  const app = new Hono<{ Bindings: Env }>();
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status, err.headers);
    console.error('unhandled error', err);
    return c.json(errorBody('internal', 'Something went wrong on our side. Please try again.'), 500);
  });
  return app;
}
