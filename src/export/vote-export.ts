// The vote release: which votes are exported, when, and how a response walks its pages.
// - Public (GET /api/votes/export): counted votes cast at least EXPORT_DELAY_HOURS ago whose battle id hashes
//   into the EXPORT_SHARE_PERCENT share; visitors' own texts only with EXPORT_CUSTOM_TEXT=on.
// - Admin (GET /api/admin/votes/export): every vote, counted or not, with `counted` and `excluded_reason`.
// A response holds at most `limit` votes, read from D1 a page at a time as the client reads the body.
import { readSettings, type Settings } from '../config';
import { database, type Database } from '../db/client';
import { decodeCursor, encodeCursor, type ExportCursor } from './export-cursor';
import { isInExportShare } from './export-share';
import { exportLine, type LineOptions } from './vote-export-line';
import { pageEnd, readExportRows, type VoteKey } from './vote-export-store';

export type ExportKind = 'public' | 'admin';

/** Rows read from D1 per query while a response streams. */
const DB_PAGE = 500;

export interface ExportResponse {
  /** Where the next response starts, or null when this one reaches the end of the export. */
  nextCursor: string | null;
  /** NDJSON lines. */
  body: ReadableStream<Uint8Array>;
}

/**
 * A vote's time is when the worker received it; the ledger stores it a moment later. The admin export ends this
 * long before it starts, so a page never passes a vote that is still being written. (Votes the ledger keeps
 * through a D1 outage are stored later still, with their own time; exports started after that hold them.)
 */
export const ADMIN_EXPORT_SETTLE_MS = 60_000;

/** The newest vote time an export started now may hold. */
export function exportUntil(kind: ExportKind, settings: Settings, now: number): number {
  return kind === 'admin' ? now - ADMIN_EXPORT_SETTLE_MS : now - settings.EXPORT_DELAY_HOURS * 3_600_000;
}

/** Opens one response of the export; null when the cursor is not one this server wrote. */
export async function openVoteExport(
  env: Env,
  kind: ExportKind,
  request: { cursor?: string; limit: number },
  now: number,
): Promise<ExportResponse | null> {
  const settings = readSettings(env);
  const cursor: ExportCursor | null = request.cursor ? decodeCursor(request.cursor) : { until: exportUntil(kind, settings, now) };
  if (!cursor) return null;
  const db = database(env.DB);
  const countedOnly = kind === 'public';
  const { end, more } = await pageEnd(db, { until: cursor.until, after: cursor.after, countedOnly, limit: request.limit });
  const options: LineOptions = { admin: kind === 'admin', customText: kind === 'admin' || settings.EXPORT_CUSTOM_TEXT === 'on' };
  return {
    nextCursor: end && more ? encodeCursor({ until: cursor.until, after: end }) : null,
    body: lineStream(db, { until: cursor.until, after: cursor.after, through: end ?? undefined, countedOnly }, options, settings),
  };
}

function lineStream(
  db: Database,
  range: { until: number; after?: VoteKey; through?: VoteKey; countedOnly: boolean },
  options: LineOptions,
  settings: Settings,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = range.after;
  return new ReadableStream({
    async pull(controller) {
      const rows = await readExportRows(db, { ...range, after, limit: DB_PAGE });
      let text = '';
      for (const row of rows) {
        if (range.countedOnly && !(await isInExportShare(row.battleId, settings.EXPORT_SHARE_PERCENT))) continue;
        text += JSON.stringify(exportLine(row, options)) + '\n';
      }
      if (text) controller.enqueue(encoder.encode(text));
      const last = rows.at(-1);
      if (rows.length < DB_PAGE || !last) controller.close();
      else after = { createdAt: last.createdAt, voteId: last.voteId };
    },
  });
}
