// The export's cursor: where the next page starts, and the snapshot it belongs to. Opaque to clients (base64url
// JSON). Pages go in (created_at, vote id) order; `until` is fixed by the first page, so the pages of one
// export cover one fixed set of votes: every vote exactly once, however many arrive meanwhile.
import * as z from '../shared/zod';

export interface ExportCursor {
  /** Votes cast at or before this time (ms) belong to this export. */
  until: number;
  /** The last vote already sent; absent on the first page. */
  after?: { createdAt: number; voteId: string };
}

const cursorSchema = z.object({
  u: z.number().check(z.int(), z.minimum(0)),
  t: z.optional(z.number().check(z.int(), z.minimum(0))),
  i: z.optional(z.string().check(z.maxLength(100))),
});

export function encodeCursor(cursor: ExportCursor): string {
  const json = JSON.stringify({ u: cursor.until, t: cursor.after?.createdAt, i: cursor.after?.voteId });
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor, or null when the text is not one this server wrote. */
export function decodeCursor(text: string): ExportCursor | null {
  let raw: unknown;
  try {
    raw = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { u, t, i } = parsed.data;
  if ((t === undefined) !== (i === undefined)) return null;
  return { until: u, after: t === undefined ? undefined : { createdAt: t, voteId: i! } };
}
