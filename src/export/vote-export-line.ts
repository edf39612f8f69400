// One exported vote as a line of Chatbot Arena's battle-log shape (FastChat's clean_battle JSON, which
// arena-rank and the FastChat notebooks read), plus the fields of a judge arena. Pure: no I/O.
import type { AdminExportedVote, ExportedVote, ShownOrder, VoteChoice } from '../shared/api-types';
import type { JudgeFormat } from '../shared/request-schemas';
import { bankCategoryOfSampleId, type SliceCategory } from '../shared/leaderboard-slices';
import { pairwiseResponses } from '../battles/prompt-content';
import { POOLED_SAMPLE_ID_PREFIX } from '../samples/sample-pool';
import { PRESET_RUBRIC_HASHES } from './preset-rubric-hashes';

/** Chatbot Arena's `winner` values. */
export type ArenaWinner = ExportedVote['winner'];

export const WINNER_OF_CHOICE: Record<VoteChoice, ArenaWinner> = {
  A: 'model_a',
  B: 'model_b',
  tie: 'tie',
  both_bad: 'tie (bothbad)',
};

/** What the store reads for one vote: the vote, its battle, the prompt's texts and both judgments. */
export interface ExportRow {
  voteId: string;
  battleId: string;
  choice: VoteChoice;
  modelA: string;
  modelB: string;
  counted: boolean;
  excludedReason: string | null;
  createdAt: number;
  format: JudgeFormat;
  sampleId: string | null;
  /** The battle's stored category, the one its vote counts in on the leaderboard's slices. */
  category: SliceCategory;
  promptHash: string | null;
  input: string | null;
  /** The prompt's response text (pairwise: the JSON array [first, second]). */
  response: string | null;
  reference: string | null;
  rubricJson: string | null;
  /** Null for a battle from before content addressing. */
  rubricHash: string | null;
  judgeA: ExportJudgment;
  judgeB: ExportJudgment;
}

export interface ExportJudgment {
  score: number | null;
  verdict: ExportedVote['judge_a']['verdict'];
  critique: string | null;
  reasoning: string | null;
  shownOrder: ShownOrder | null;
}

type SampleOrigin = ExportedVote['sample_origin'];

/**
 * Where a battle's sample came from, by its sample id (`coding-004` and `pairwise-coding-003` are bank samples,
 * `generated-…` the generator's): what decides whether its texts are released. The stored id is one the battle's
 * texts were checked against (src/samples/verified-sample-id.ts). Not the category: a generated sample has one.
 */
function sampleOrigin(sampleId: string | null): SampleOrigin {
  if (bankCategoryOfSampleId(sampleId)) return 'bank';
  if (sampleId?.startsWith(POOLED_SAMPLE_ID_PREFIX)) return 'generated';
  return 'custom';
}

export interface LineOptions {
  /** Visitors' own texts (a custom sample, a rubric written by hand) are included. */
  customText: boolean;
  /** The admin export: `counted` and `excluded_reason` on every line. */
  admin: boolean;
}

/**
 * The exported line. Never a visitor id, an IP, a vote or battle id, or anything else that ties two votes to
 * one person: only what the voter of this battle saw once they had voted (the sample, the critiques, the names).
 */
export function exportLine(row: ExportRow, options: LineOptions): ExportedVote | AdminExportedVote {
  const origin = sampleOrigin(row.sampleId);
  // A bank or generated sample, or a preset rubric, is the arena's own text; a visitor's own is theirs, released
  // only on opt-in. Critiques quote the sample and the rubric, so they are released only with both.
  const sampleText = options.customText || origin !== 'custom';
  const rubricText = options.customText || (row.rubricHash !== null && PRESET_RUBRIC_HASHES.has(row.rubricHash));
  const critiques = sampleText && rubricText;
  const line: ExportedVote = {
    question_id: row.promptHash,
    model_a: row.modelA,
    model_b: row.modelB,
    winner: WINNER_OF_CHOICE[row.choice],
    tstamp: Math.floor(row.createdAt / 1000),
    anony: true,
    format: row.format,
    category: row.category,
    sample_origin: origin,
    judge_a: judgeFields(row.judgeA, critiques),
    judge_b: judgeFields(row.judgeB, critiques),
  };
  if (sampleText && row.input !== null && row.response !== null) {
    line.input = row.input;
    if (row.format === 'pairwise') line.responses = pairwiseResponses(row.response);
    else line.response = row.response;
    if (row.reference !== null) line.reference = row.reference;
  }
  if (rubricText && row.rubricJson !== null) line.rubric = JSON.parse(row.rubricJson) as NonNullable<ExportedVote['rubric']>;
  return options.admin ? { ...line, counted: row.counted, excluded_reason: row.excludedReason } : line;
}

function judgeFields(j: ExportJudgment, withCritique: boolean): ExportedVote['judge_a'] {
  return {
    score: j.score,
    verdict: j.verdict,
    critique: withCritique ? j.critique : null,
    reasoning: withCritique ? j.reasoning : null,
    shown_order: j.shownOrder,
  };
}
