// The binary and pairwise sample banks (issue 10), in stable order, one file per category and format. Served from the
// bank asset with the likert bank (public-bank.ts); the worker never imports this module (a test checks it).
import { BINARY_ADVICE_SAMPLES } from './bank/binary-advice';
import { BINARY_CODING_SAMPLES } from './bank/binary-coding';
import { BINARY_FACTUAL_SAMPLES } from './bank/binary-factual';
import { BINARY_REASONING_SAMPLES } from './bank/binary-reasoning';
import { BINARY_SAFETY_SAMPLES } from './bank/binary-safety';
import { BINARY_WRITING_SAMPLES } from './bank/binary-writing';
import { PAIRWISE_ADVICE_SAMPLES } from './bank/pairwise-advice';
import { PAIRWISE_CODING_SAMPLES } from './bank/pairwise-coding';
import { PAIRWISE_FACTUAL_SAMPLES } from './bank/pairwise-factual';
import { PAIRWISE_REASONING_SAMPLES } from './bank/pairwise-reasoning';
import { PAIRWISE_SAFETY_SAMPLES } from './bank/pairwise-safety';
import { PAIRWISE_WRITING_SAMPLES } from './bank/pairwise-writing';
import type { BinarySample, PairwiseSample } from './format-samples';

export type { BinarySample, PairwiseDifficulty, PairwiseExpectation, PairwisePreference, PairwiseSample } from './format-samples';

export const PAIRWISE_SAMPLES: readonly PairwiseSample[] = [
  ...PAIRWISE_REASONING_SAMPLES,
  ...PAIRWISE_CODING_SAMPLES,
  ...PAIRWISE_FACTUAL_SAMPLES,
  ...PAIRWISE_WRITING_SAMPLES,
  ...PAIRWISE_ADVICE_SAMPLES,
  ...PAIRWISE_SAFETY_SAMPLES,
];

export const BINARY_SAMPLES: readonly BinarySample[] = [
  ...BINARY_REASONING_SAMPLES,
  ...BINARY_CODING_SAMPLES,
  ...BINARY_FACTUAL_SAMPLES,
  ...BINARY_WRITING_SAMPLES,
  ...BINARY_ADVICE_SAMPLES,
  ...BINARY_SAFETY_SAMPLES,
];
