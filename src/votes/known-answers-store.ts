// D1 reads and writes behind the known-answer rules (known-answers.ts). The prompts a visitor has been answered a
// vote on are their votes' battles' prompts (votes ⨝ battles: nothing to write for them); judge_prompt_reveals is
// written by the vote ledger only, in the same atomic batch as the vote (vote-write-statements.ts).
import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { database } from '../db/client';
import { battles, judgePromptReveals, votes } from '../db/schema';
import { judgeKey, type JudgeReveal, type KnownAnswerQuery, type KnownAnswerRows } from './known-answers';

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
