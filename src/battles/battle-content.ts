// What a battle grades, from the request: its format's texts and rubric. The rubric is the request's, else the
// named sample's own (every binary sample has one), else the format's default preset. Pure.
import type { PublicSample } from '../shared/api-types';
import { DEFAULT_BINARY_RUBRIC, DEFAULT_PAIRWISE_RUBRIC } from '../shared/format-rubric-presets';
import type { BinaryRubric, PairwiseRubric, Rubric } from '../shared/request-schemas';
import { DEFAULT_RUBRIC } from '../shared/rubric-presets';
import type { FormatTexts, StoredContent } from './battle-store';

/** A battle request's sample part (the API's validated body; no format: likert). */
export type BattleRequest = { sampleId?: string; input: string; reference?: string } & (
  | { format?: 'likert'; response: string; rubric?: Rubric }
  | { format: 'binary'; response: string; rubric?: BinaryRubric }
  | { format: 'pairwise'; responses: readonly [string, string]; rubric?: PairwiseRubric }
);

/** `sample`: the sample the request's id names, of the request's format (namedSample checks that). */
export function battleContent(request: BattleRequest, sample?: PublicSample): StoredContent {
  const shared = { input: request.input, reference: request.reference ?? null };
  switch (request.format) {
    case 'binary':
      return { ...shared, format: 'binary', response: request.response, rubric: request.rubric ?? (sample?.format === 'binary' ? sample.rubric : DEFAULT_BINARY_RUBRIC) };
    case 'pairwise': {
      const rubric = request.rubric ?? (sample?.format === 'pairwise' ? sample.rubric : undefined) ?? DEFAULT_PAIRWISE_RUBRIC;
      return { ...shared, format: 'pairwise', responses: [request.responses[0], request.responses[1]], rubric };
    }
    default: {
      const rubric = request.rubric ?? (sample?.format === 'likert' ? sample.rubric : undefined) ?? DEFAULT_RUBRIC;
      return { ...shared, format: 'likert', response: request.response, rubric };
    }
  }
}

/**
 * The one copy of a battle's format-dependent fields, and nothing else of what it is given (a stored battle's id,
 * judgments...): what the stored content, the public battle and the judges' task each carry over.
 */
export function formatTexts(content: FormatTexts): FormatTexts {
  switch (content.format) {
    case 'likert':
      return { format: 'likert', response: content.response, rubric: content.rubric };
    case 'binary':
      return { format: 'binary', response: content.response, rubric: content.rubric };
    case 'pairwise':
      return { format: 'pairwise', responses: content.responses, rubric: content.rubric };
  }
}

/** A stored battle's content alone (regenerate: same texts, same rubric, same format). */
export function contentOf(battle: StoredContent): StoredContent {
  return { input: battle.input, reference: battle.reference, ...formatTexts(battle) };
}
