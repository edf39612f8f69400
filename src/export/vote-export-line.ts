// One exported vote as a line of Chatbot Arena's battle-log shape (FastChat's clean_battle JSON, which
// arena-rank and the FastChat notebooks read), plus the fields of a judge arena. Pure: no I/O.
import type { AdminExportedVote, ExportedVote, VoteChoice } from '../shared/api-types';
import { PRESET_RUBRIC_HASHES } from './preset-rubric-hashes';
import type { Rubric } from '../judges/types';

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
  sampleId: string | null;
  promptHash: string | null;
  input: string | null;
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
  critique: string | null;
}

/** Where a battle's sample came from, by its sample id (`coding-004` is a bank sample, `generated-…` the generator's). */
export type SampleOrigin = 'bank' | 'generated' | 'custom';

const BANK_ID = /^(reasoning|coding|factual|writing|advice|safety)-\d+$/;

export function sampleOrigin(sampleId: string | null): { origin: SampleOrigin; category: string } {
  const bank = sampleId?.match(BANK_ID);
  if (bank) return { origin: 'bank', category: bank[1] };
  if (sampleId?.startsWith('generated-')) return { origin: 'generated', category: 'generated' };
  return { origin: 'custom', category: 'custom' };
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
  const { origin, category } = sampleOrigin(row.sampleId);
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
    format: 'likert',
    category,
    judge_a: judgeFields(row.judgeA, critiques),
    judge_b: judgeFields(row.judgeB, critiques),
  };
  if (sampleText && row.input !== null && row.response !== null) {
    line.input = row.input;
    line.response = row.response;
    if (row.reference !== null) line.reference = row.reference;
  }
  if (rubricText && row.rubricJson !== null) line.rubric = JSON.parse(row.rubricJson) as Rubric;
  return options.admin ? { ...line, counted: row.counted, excluded_reason: row.excludedReason } : line;
}

function judgeFields(j: ExportJudgment, withCritique: boolean): { score: number | null; critique: string | null } {
  return { score: j.score, critique: withCritique ? j.critique : null };
}
