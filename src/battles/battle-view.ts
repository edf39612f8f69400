// What clients may see of a battle. Model identities appear only in `vote`, i.e. after the vote.
import type { BattleDetails, PublicBattle, PublicJudgment, ShownOrder, VoteAnswer } from '../shared/api-types';
import { recordedShownOrder } from '../judges/pairwise-order';
import type { Position, StoredBattle, StoredContent } from './battle-store';
import { formatTexts } from './battle-content';
import { storedVerdictFields } from './stored-verdict';

/** The order each position's judge is shown a pairwise battle's responses, as stored (null for other formats). */
type ShownOrders = Partial<Record<Position, ShownOrder | null>>;

/**
 * The battle's texts in its format; `reference` only when there is one; pairwise: the order each judge reads the
 * responses in. That order is drawn at random per judge, independent of who the judge is, so it may be shown
 * before the vote (README "Judging formats").
 */
export function publicBattle(b: { id: string } & StoredContent, shownOrders: ShownOrders | undefined): PublicBattle {
  const shared = { id: b.id, input: b.input, ...(b.reference ? { reference: b.reference } : {}) };
  const texts = formatTexts(b);
  if (texts.format !== 'pairwise') return { ...shared, ...texts };
  return { ...shared, ...texts, shownOrders: { A: recordedShownOrder(shownOrders?.A), B: recordedShownOrder(shownOrders?.B) } };
}

export function battleDetails(b: StoredBattle, vote: VoteAnswer | null): BattleDetails {
  const judgment = (p: Position): PublicJudgment => {
    const j = b.judgments[p];
    const reasoning = j.reasoning ? { reasoning: j.reasoning } : {};
    if (j.status === 'complete') return { status: 'complete', ...storedVerdictFields(j), critique: j.critique ?? '', ...reasoning };
    if (j.status === 'error') return { status: 'error', error: j.errorMessage ?? 'This judge did not finish.', ...reasoning };
    return { status: 'pending' };
  };
  return {
    ...publicBattle(b, { A: b.judgments.A.shownOrder, B: b.judgments.B.shownOrder }),
    status: b.status,
    judgments: { A: judgment('A'), B: judgment('B') },
    ...(vote ? { vote } : {}),
  };
}
