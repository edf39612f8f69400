// Where the judges' documents live in KV: one key per judge, rewritten every hour. Each is written with a TTL,
// so the document of a judge that leaves the board (a registry change, a reset) expires on its own instead of
// needing a KV list and deletes every hour.
import type { JudgeDocument } from '../shared/judge-document-schemas';

const JUDGE_DOCUMENT_KEY = 'leaderboard-judge:v1';

/** Long enough to outlive a few missed hourly runs, short enough to drop a judge that left the board within days. */
export const JUDGE_DOCUMENT_TTL_SECONDS = 3 * 24 * 60 * 60;

export const judgeDocumentKey = (judgeId: string) => `${JUDGE_DOCUMENT_KEY}:${judgeId}`;

/** Writes every judge's document (one KV write each); returns how many. */
export async function writeJudgeDocuments(kv: KVNamespace, documents: readonly JudgeDocument[]): Promise<number> {
  await Promise.all(
    documents.map((d) => kv.put(judgeDocumentKey(d.judge.id), JSON.stringify(d), { expirationTtl: JUDGE_DOCUMENT_TTL_SECONDS })),
  );
  return documents.length;
}

/** The stored document as its JSON text, or null when the judge has none (not on the board, or not yet refreshed). */
export const readJudgeDocument = (kv: KVNamespace, judgeId: string): Promise<string | null> => kv.get(judgeDocumentKey(judgeId));
