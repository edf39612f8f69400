import { describe, expect, it } from 'vitest';
import { judgeByLengthAndStructure } from '../../src/judges/offline/length-structure';
import { createOfflineJudge, streamingChunks } from '../../src/judges/offline/offline-judge';
import { OFFLINE_JUDGES } from '../../src/judges/offline/offline-judges';
import { judgeByReferenceOverlap } from '../../src/judges/offline/reference-overlap';
import { judgeByRequestCoverage, requestChecks } from '../../src/judges/offline/request-coverage';
import { sentences } from '../../src/judges/offline/text-features';
import { OFFLINE_OPENINGS, OFFLINE_PREFIX } from '../../src/judges/offline/verdict';
import type { JudgeTask } from '../../src/judges/types';
import { RUBRIC_PRESETS } from '../../src/shared/rubric-presets';
import { SAMPLE_BANK } from '../../src/samples/bank';
import { FRANCE_TASK, task } from './fixtures';

const OFF_TOPIC = 'Turtles are reptiles with hard shells. Many species live for decades.';
const REFERENCE = 'Paris is the capital of France; the Seine flows through it. Paris has about 2.1 million residents.';

describe('offline baselines', () => {
  it('all say they are rule-based, stay in 1..5 and are deterministic', () => {
    const tasks = [FRANCE_TASK, task({ response: OFF_TOPIC }), task({ reference: REFERENCE }), task({ response: '' })];
    for (const { grade } of OFFLINE_JUDGES) {
      for (const t of tasks) {
        const verdict = grade(t);
        expect(verdict.critique.startsWith(OFFLINE_PREFIX)).toBe(true);
        expect(Number.isInteger(verdict.score) && verdict.score >= 1 && verdict.score <= 5).toBe(true);
        expect(grade(t)).toEqual(verdict);
      }
    }
  });

  it('differ from each other on the same sample', () => {
    const critiques = OFFLINE_JUDGES.map(({ grade }) => grade(task({ reference: REFERENCE })).critique);
    expect(new Set(critiques).size).toBe(OFFLINE_JUDGES.length);
  });

  it('every baseline scores an answer higher than a response that ignores the question', () => {
    for (const { model, grade } of OFFLINE_JUDGES) {
      const answered = grade(FRANCE_TASK).score;
      const ignored = grade(task({ response: OFF_TOPIC.slice(0, 40) + '...' })).score;
      expect(answered, model.id).toBeGreaterThan(ignored);
    }
  });

  describe('reference overlap', () => {
    it('uses the reference: agreeing with it scores higher than contradicting it', () => {
      const agrees = judgeByReferenceOverlap(task({ reference: REFERENCE, response: 'Paris is the capital; the Seine flows through it, and about 2.1 million people live there.' }));
      const disagrees = judgeByReferenceOverlap(task({ reference: REFERENCE, response: 'Lyon is the capital; the Rhone flows through it, with 500,000 people.' }));
      expect(agrees.score).toBeGreaterThan(disagrees.score);
      expect(disagrees.critique).toContain('"2.1"');
      expect(agrees.critique).toMatch(/every number/);
    });

    it('gives a different verdict when only the reference changes', () => {
      const a = judgeByReferenceOverlap(task({ reference: REFERENCE }));
      const b = judgeByReferenceOverlap(task({ reference: 'Berlin is the capital of Germany and the Spree flows through it.' }));
      expect(a.score).toBeGreaterThan(b.score);
      expect(a.critique).not.toBe(b.critique);
    });

    it('says so when there is no reference', () => {
      expect(judgeByReferenceOverlap(FRANCE_TASK).critique).toMatch(/No reference answer was given/);
    });
  });

  describe('request coverage', () => {
    it('names the parts of the request that were not addressed', () => {
      const partial = judgeByRequestCoverage(task({ response: 'The capital of France is Paris.' }));
      expect(partial.critique).toContain('"river"');
      expect(partial.score).toBeLessThan(judgeByRequestCoverage(FRANCE_TASK).score);
    });

    it('checks explicit asks: counts, "why", code, sentence and word limits', () => {
      const three = requestChecks('Give three tips for sleeping better.', '- Keep a schedule\n- Avoid screens\n- Keep it dark');
      expect(three).toEqual([{ asked: '3 tips', met: true, found: '3 found' }]);
      expect(requestChecks('Give three tips for sleeping better.', '- Keep a schedule')[0].met).toBe(false);
      expect(requestChecks('Why is the sky blue?', 'It is blue because of Rayleigh scattering.')[0].met).toBe(true);
      expect(requestChecks('Why is the sky blue?', 'The sky is blue.')[0].met).toBe(false);
      expect(requestChecks('Write a function that adds two numbers.', 'def add(a, b):\n    return a + b')[0].met).toBe(true);
      expect(requestChecks('Write a function that adds two numbers.', 'You could add them.')[0].met).toBe(false);
      expect(requestChecks('Explain gravity in one sentence.', 'Mass attracts mass. That is it.')[0].met).toBe(false);
      expect(requestChecks('Describe Rome in under 5 words', 'Ancient, vast, beautiful city.')[0].met).toBe(true);
    });

    it('penalises refusals', () => {
      const refusal = judgeByRequestCoverage(task({ response: "I'm sorry, but I can't help with the capital of France or its river." }));
      expect(refusal.score).toBeLessThan(judgeByRequestCoverage(FRANCE_TASK).score);
      expect(refusal.critique).toMatch(/refusal/);
    });
  });

  describe('length and structure', () => {
    it('expects brevity when the rubric asks for it and detail when the request asks for it', () => {
      const essay = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} adds yet another detail about the topic.`).join(' ');
      const concise = task({ input: 'Summarize the plot of Hamlet.', response: essay });
      const detailed = task({ input: 'Explain in detail the plot of Hamlet, step by step.', response: essay });
      expect(judgeByLengthAndStructure(concise).score).toBeLessThan(judgeByLengthAndStructure(detailed).score);
      expect(judgeByLengthAndStructure(concise).critique).toMatch(/too long/);
    });

    it('notices truncation and repetition', () => {
      const clean = judgeByLengthAndStructure(FRANCE_TASK);
      const truncated = judgeByLengthAndStructure(task({ response: 'The capital of France is Paris, and the river that flows through it is the' }));
      const repeated = judgeByLengthAndStructure(task({ response: 'Paris is the capital. Paris is the capital. Paris is the capital. The Seine.' }));
      expect(truncated.critique).toMatch(/mid-sentence/);
      expect(repeated.critique).toMatch(/repeats/);
      expect(truncated.score).toBeLessThan(clean.score);
      expect(repeated.score).toBeLessThan(clean.score);
    });

    it('gives an empty response the lowest score', () => {
      expect(judgeByLengthAndStructure(task({ response: '  ' })).score).toBe(1);
    });
  });
});

describe('offline baselines cannot be told apart by fixed sentences', () => {
  // Every bank sample under every rubric preset: one "sample" is an input and response, judged under several rubrics.
  const samples = SAMPLE_BANK.map((sample) =>
    RUBRIC_PRESETS.map((preset): JudgeTask => ({
      input: sample.input,
      response: sample.response,
      reference: preset.usesReference ? sample.reference : undefined,
      rubric: preset.rubric,
    })),
  );
  const critiques = (tasks: JudgeTask[][]) =>
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
    expect(test.length).toBeGreaterThanOrEqual(30);
    expect(classifierAccuracy(train, test)).toBe(0);
  });

  it('(the same classifier tells baselines apart at once when each has a fixed sentence)', () => {
    const marked = (set: string[][][]) =>
      set.map((byJudge) => byJudge.map((texts, j) => texts.map((t) => `This is baseline number ${j + 1}. ${t}`)));
    expect(classifierAccuracy(marked(train), marked(test))).toBe(1);
  });
});

describe('createOfflineJudge', () => {
  it('streams the critique in chunks that add up to the judgment text', async () => {
    const [{ model, grade }] = OFFLINE_JUDGES;
    const judge = createOfflineJudge(model.id, grade, 0);
    const deltas: string[] = [];
    const result = await judge.evaluate(FRANCE_TASK, (d) => deltas.push(d));
    if (!result.ok) throw new Error(result.failure.detail);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(result.judgment.text);
    expect(result.judgment.text).toBe(grade(FRANCE_TASK).critique);
    expect(result.judgment.score).toBe(grade(FRANCE_TASK).score);
  });

  it('paces chunks by the configured delay and stops when aborted', async () => {
    const [{ model, grade }] = OFFLINE_JUDGES;
    const controller = new AbortController();
    const deltas: string[] = [];
    const judge = createOfflineJudge(model.id, grade, 20);
    setTimeout(() => controller.abort(), 70);
    const result = await judge.evaluate(FRANCE_TASK, (d) => deltas.push(d), controller.signal);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.kind).toBe('cancelled');
      expect(result.failure.beforeFirstToken).toBe(false);
    }
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.length).toBeLessThan(streamingChunks(grade(FRANCE_TASK).critique).length);
  });

  it('streamingChunks keeps every character', () => {
    const text = '  Leading space, two  spaces and a\nnewline. ';
    expect(streamingChunks(text, 2).join('')).toBe(text);
  });
});
