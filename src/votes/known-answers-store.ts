// D1 reads and writes behind the known-answer rules (known-answers.ts). The prompts a visitor has been answered a
// vote on are their votes' battles' prompts (votes ⨝ battles: nothing to write for them); judge_prompt_reveals is
// written by the vote ledger only, in the same atomic batch as the vote (vote-store.ts).
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { database, type Database } from '../db/client';
import { battles, judgePromptReveals, votes } from '../db/schema';
import { judgeKey, type JudgeReveal, type KnownAnswerQuery, type KnownAnswerRows, type RevealingVote } from './known-answers';

export async function readKnownAnswers(d1: D1Database, query: KnownAnswerQuery): Promise<KnownAnswerRows> {
  const db = database(d1);
  const seen = new Map(query.visitors.map((id) => [id, [] as string[]]));
  const judges = new Map<string, JudgeReveal | null>(query.judges.map((q) => [judgeKey(q.promptHash, q.modelId), null]));
  const [visitorRows, judgeRows] = await Promise.all([
    query.visitors.length === 0
      ? []
      : db
          .select({ visitorId: votes.visitorId, promptHash: battles.promptHash })
          .from(votes)
          .innerJoin(battles, eq(battles.id, votes.battleId))
          .where(and(inArray(votes.visitorId, query.visitors), isNotNull(battles.promptHash)))
          .all(),
    query.judges.length === 0
      ? []
      : db
          .select()
          .from(judgePromptReveals)
          .where(or(...query.judges.map((q) => and(eq(judgePromptReveals.promptHash, q.promptHash), eq(judgePromptReveals.modelId, q.modelId)))))
          .all(),
  ]);
  for (const r of visitorRows) if (r.visitorId && r.promptHash) seen.get(r.visitorId)?.push(r.promptHash);
  for (const r of judgeRows) judges.set(judgeKey(r.promptHash, r.modelId), { reveals: r.reveals, countedSinceReveal: r.countedSinceReveal });
  return { seen, judges };
}

/**
 * What one decided vote adds besides its vote row (which records that its visitor saw the prompt): each judge's
 * judgment of the prompt was revealed once more.
 */
export function knownAnswerStatements(db: Database, vote: RevealingVote): BatchItem<'sqlite'>[] {
  const prompt = vote.promptHash;
  if (!prompt) return [];
  // A row exists once the judgment has been revealed, so a vote on an existing row is one "since the reveal".
  return [
    db
      .insert(judgePromptReveals)
      .values([vote.modelA, vote.modelB].map((modelId) => ({ promptHash: prompt, modelId, reveals: 1, countedSinceReveal: 0 })))
      .onConflictDoUpdate({
        target: [judgePromptReveals.promptHash, judgePromptReveals.modelId],
        set: {
          reveals: sql`${judgePromptReveals.reveals} + 1`,
          countedSinceReveal: sql`${judgePromptReveals.countedSinceReveal} + ${vote.counted ? 1 : 0}`,
        },
      }),
  ];
}
