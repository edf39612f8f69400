// The vote release as NDJSON (README "Open data"): the public share, and every vote for admins.
import { Hono, type Context } from 'hono';
import { ApiError } from '../errors';
import { requireAdmin } from '../http/admin-auth';
import { validate } from '../http/validation';
import { voteExportQuery } from '../shared/request-schemas';
import { openVoteExport, type ExportKind } from '../export/vote-export';

/** Votes per response unless `limit` says otherwise: the most a response may hold, so small releases load in one request. */
export const DEFAULT_EXPORT_LIMIT = 20_000;

const query = validate('query', voteExportQuery);

async function exportResponse(c: Context<{ Bindings: Env }>, kind: ExportKind, request: { cursor?: string; limit?: number }) {
  const opened = await openVoteExport(c.env, kind, { cursor: request.cursor, limit: request.limit ?? DEFAULT_EXPORT_LIMIT }, Date.now());
  if (!opened) throw new ApiError(400, 'invalid_query', 'cursor is not one this server wrote: send the X-Next-Cursor of the previous page.');
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    // The public pages change only as votes age into the release; the admin export is live.
    'Cache-Control': kind === 'public' ? 'public, max-age=300' : 'no-store',
  };
  if (opened.nextCursor) {
    const next = new URL(c.req.url);
    next.searchParams.set('cursor', opened.nextCursor);
    headers['X-Next-Cursor'] = opened.nextCursor;
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return c.body(opened.body, 200, headers);
}

export const voteExportRoutes = new Hono<{ Bindings: Env }>();
voteExportRoutes.get('/export', query, (c) => exportResponse(c, 'public', c.req.valid('query')));

export const adminVoteExportRoutes = new Hono<{ Bindings: Env }>();
adminVoteExportRoutes.use('*', requireAdmin);
adminVoteExportRoutes.get('/export', query, (c) => exportResponse(c, 'admin', c.req.valid('query')));
