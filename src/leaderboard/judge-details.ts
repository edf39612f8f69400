// What a leaderboard entry says about a judge beyond its rating: performance over the window, open weights,
// size. Pure: registry entries and summaries in, entry fields out.
import type { JudgeModel } from '../judges/registry';
import type { JudgePerformance } from '../shared/api-types';
import { EMPTY_PERFORMANCE, type JudgePricing } from './judge-performance';

export interface JudgeDetails {
  performance: JudgePerformance;
  openWeights: boolean;
  parametersB: number | null;
}

/** How a registry entry's judgments are paid for. A judge no longer in the registry has no known price. */
export function pricingOf(model: JudgeModel | undefined): JudgePricing {
  if (!model) return { kind: 'unpriced' };
  if (model.kind === 'offline') return { kind: 'free' };
  if (model.inputPricePerMTok === undefined || model.outputPricePerMTok === undefined) return { kind: 'unpriced' };
  return { kind: 'priced', inputPerMTok: model.inputPricePerMTok, outputPerMTok: model.outputPricePerMTok, readOn: model.pricesReadOn ?? null };
}

/** The details of each judge id: a judge without judgments in the window still gets its registry facts (and cost 0 if free). */
export function judgeDetailsLookup(
  models: readonly JudgeModel[],
  performance: ReadonlyMap<string, JudgePerformance>,
): (id: string) => JudgeDetails {
  const byId = new Map(models.map((m) => [m.id, m]));
  return (id) => {
    const model = byId.get(id);
    const pricing = pricingOf(model);
    return {
      performance: performance.get(id) ?? {
        ...EMPTY_PERFORMANCE,
        costPer1kJudgmentsUsd: pricing.kind === 'free' ? 0 : null,
        pricesReadOn: pricing.kind === 'priced' ? pricing.readOn : null,
      },
      openWeights: model?.openWeights ?? false,
      parametersB: model?.parametersB ?? null,
    };
  };
}
