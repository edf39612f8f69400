// Issue 9: no offline baseline can be told from another by fixed sentences, in any format. On one sample all open
// alike; over many, no sentence recurs in one baseline's critiques and never in another's.
import { describe, expect, it } from 'vitest';
import type { FormatTask } from '../../src/judges/judge-formats';
import { OFFLINE_JUDGES } from '../../src/judges/offline/offline-judges';
import { sentences } from '../../src/judges/offline/text-features';
import { OFFLINE_OPENINGS, OFFLINE_PREFIX } from '../../src/judges/offline/verdict';
import { PAIRWISE_RUBRIC_PRESETS } from '../../src/shared/format-rubric-presets';
import { RUBRIC_PRESETS } from '../../src/shared/rubric-presets';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { binaryTask, pairwiseTask } from './offline-fixtures';

const LIKERT_SAMPLES: FormatTask[][] = SAMPLE_BANK.map((sample) =>
  RUBRIC_PRESETS.map((preset): FormatTask => ({
    format: 'likert',
    input: sample.input,
    response: sample.response,
    reference: preset.usesReference ? sample.reference : undefined,
    rubric: preset.rubric,
  })),
);
// A binary sample under its own criterion, with and without its reference.
const BINARY_TASKS: FormatTask[][] = BINARY_SAMPLES.map((sample) => [binaryTask(sample), { ...binaryTask(sample), reference: undefined }]);
// A pairwise sample under every pairwise preset, in both orders.
const PAIRWISE_TASKS: FormatTask[][] = PAIRWISE_SAMPLES.map((sample) =>
  PAIRWISE_RUBRIC_PRESETS.flatMap((preset) => [false, true].map((swapped) => ({ ...pairwiseTask(sample, swapped), rubric: preset.rubric }))),
);

describe.each([
  ['likert', LIKERT_SAMPLES],
  ['binary', BINARY_TASKS],
  ['pairwise', PAIRWISE_TASKS],
] as const)('offline baselines cannot be told apart by fixed sentences: %s', (_format, samples) => {
  // One "sample" is an input and its response(s), judged under several rubrics (or orders).
  const critiques = (tasks: readonly FormatTask[][]) =>
    tasks.map((sampleTasks) => OFFLINE_JUDGES.map(({ grade }) => sampleTasks.map((t) => grade(t).critique)));
  // The closing "Score n/5, which the rubric describes as ..." line repeats the score, which the page shows anyway.
  const findings = (critique: string) => sentences(critique).filter((s) => !s.startsWith('Score '));

  it('open every critique of one sample with the same sentence, drawn from a shared set', () => {
    const openings = new Map<string, number[]>();
    for (const sampleTasks of samples) {
      for (const t of sampleTasks) {
        const firsts = OFFLINE_JUDGES.map(({ grade }) => sentences(grade(t).critique)[0]);
        expect(new Set(firsts).size).toBe(1);
        expect(firsts[0].startsWith(OFFLINE_PREFIX)).toBe(true);
        const counts = openings.get(firsts[0]) ?? OFFLINE_JUDGES.map(() => 0);
        OFFLINE_JUDGES.forEach((_, j) => counts[j]++);
        openings.set(firsts[0], counts);
      }
    }
    // Each baseline's distribution of openings is the same, and it is spread over the whole set.
    expect(openings.size).toBe(OFFLINE_OPENINGS.length);
    for (const counts of openings.values()) expect(new Set(counts).size).toBe(1);
  });

  /** Sentences that recur in one judge's critiques of two or more samples and never in another judge's. */
  function fixedPhrases(perSample: string[][][]): Set<string>[] {
    const seen = new Map<string, Map<number, Set<number>>>();
    perSample.forEach((byJudge, sampleIndex) =>
      byJudge.forEach((texts, judge) => {
        for (const sentence of texts.flatMap(findings)) {
          const judges = seen.get(sentence) ?? new Map<number, Set<number>>();
          seen.set(sentence, judges.set(judge, (judges.get(judge) ?? new Set()).add(sampleIndex)));
        }
      }),
    );
    const phrases = OFFLINE_JUDGES.map(() => new Set<string>());
    for (const [sentence, judges] of seen) {
      const [only] = [...judges.entries()];
      if (judges.size === 1 && only[1].size >= 2) phrases[only[0]].add(sentence);
    }
    return phrases;
  }

  /** Share of held-out critiques that a classifier by fixed phrases attributes to the right judge. */
  function classifierAccuracy(train: string[][][], test: string[][][]): number {
    const phrases = fixedPhrases(train);
    let right = 0;
    let total = 0;
    for (const byJudge of test) {
      byJudge.forEach((texts, judge) => {
        for (const text of texts) {
          total++;
          const hits = phrases.map((set) => findings(text).some((s) => set.has(s)));
          if (hits[judge] && hits.filter(Boolean).length === 1) right++;
        }
      });
    }
    return right / total;
  }

  const all = critiques(samples);
  const train = all.filter((_, i) => i % 2 === 0);
  const test = all.filter((_, i) => i % 2 === 1);

  it('give a classifier by fixed phrases nothing to go on', () => {
    expect(test.length).toBeGreaterThanOrEqual(18);
    expect(classifierAccuracy(train, test)).toBe(0);
  });

  it('(the same classifier tells baselines apart at once when each has a fixed sentence)', () => {
    const marked = (set: string[][][]) =>
      set.map((byJudge) => byJudge.map((texts, j) => texts.map((t) => `This is baseline number ${j + 1}. ${t}`)));
    expect(classifierAccuracy(marked(train), marked(test))).toBe(1);
  });
});

