// Where the judges' documents live in KV: all of them in one value, rewritten every hour. One key, not one per
// judge: the hourly job's ~34 other writes (two overall documents, ~31 slices, the status snapshot) plus one per
// judge would pass the Workers Free plan's 1,000 KV writes a day with more than seven judges (18 are built in),
// and a judge that leaves the board drops out of the next value without a list and deletes. A request reads the
// value (~14 KB a judge, ~250 KB with the 18 built in; README "Judge documents") and serves one judge's part; the
// parsed value is kept per isolate until KV holds a new one.
import type { JudgeDocument } from '../shared/judge-document-schemas';

export const JUDGE_DOCUMENTS_KEY = 'leaderboard-judges:v1';

/** Writes every judge's document, keyed by judge id, in one KV write. */
export async function writeJudgeDocuments(kv: KVNamespace, documents: readonly JudgeDocument[]): Promise<number> {
  await kv.put(JUDGE_DOCUMENTS_KEY, JSON.stringify(Object.fromEntries(documents.map((d) => [d.judge.id, d]))));
  return documents.length;
}

/** The last value read, and each judge's document in it. */
let lastRead: { stored: string; byJudge: Map<string, JudgeDocument> } | null = null;

/** The judge's document as its JSON text, or null when it has none (not on the board, or not yet refreshed). */
export async function readJudgeDocument(kv: KVNamespace, judgeId: string): Promise<string | null> {
  const stored = await kv.get(JUDGE_DOCUMENTS_KEY);
  if (stored === null) return null;
  if (lastRead?.stored !== stored) {
    lastRead = { stored, byJudge: new Map(Object.entries(JSON.parse(stored) as Record<string, JudgeDocument>)) };
  }
  // Only the judge asked for is turned back into text (one document, not the whole value).
  const document = lastRead.byJudge.get(judgeId);
  return document === undefined ? null : JSON.stringify(document);
}
