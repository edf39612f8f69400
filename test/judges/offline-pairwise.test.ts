// The offline baselines on pairwise tasks: each compares the two responses by its own measure, tie when close, and
// answers relative to the order it was given them, with no position bias (swapping the responses swaps the verdict).
import { describe, expect, it } from 'vitest';
import type { PairwiseVerdict } from '../../src/judges/judge-formats';
import { judgeByLengthAndStructure } from '../../src/judges/offline/length-structure';
import { OFFLINE_JUDGES } from '../../src/judges/offline/offline-judges';
import { comparedVerdict, responseLabels } from '../../src/judges/offline/pairwise-reading';
import { judgeByReferenceOverlap } from '../../src/judges/offline/reference-overlap';
import { judgeByRequestCoverage } from '../../src/judges/offline/request-coverage';
import { contentTerms } from '../../src/judges/offline/text-features';
import type { OfflineVerdict } from '../../src/judges/offline/verdict';
import { OFFLINE_PREFIX } from '../../src/judges/offline/verdict';
import { DEFAULT_PAIRWISE_RUBRIC } from '../../src/shared/format-rubric-presets';
import { PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { pairwiseTask, type PairwiseJudgeTask } from './offline-fixtures';

function verdictOf(result: OfflineVerdict): PairwiseVerdict {
  if (result.verdict.format !== 'pairwise') throw new Error(`expected a pairwise verdict, got ${result.verdict.format}`);
  return result.verdict.verdict;
}

const SWAPPED: Record<PairwiseVerdict, PairwiseVerdict> = { first: 'second', second: 'first', tie: 'tie' };

function compare(input: string, responses: [string, string], reference?: string): PairwiseJudgeTask {
  return { format: 'pairwise', input, responses, reference, rubric: DEFAULT_PAIRWISE_RUBRIC };
}

const FRANCE = 'What is the capital of France, which river flows through it, and how many people live there?';
const FRANCE_ANSWER = 'The capital of France is Paris. The river Seine flows through it, and about 2.1 million people live in the city.';
const FRANCE_REFERENCE = 'Paris is the capital of France; the Seine flows through it. Paris has about 2.1 million residents.';

describe('offline baselines, pairwise', () => {
  it('read every bank sample: deterministic, labelled, naming both responses, and without position bias', () => {
    for (const { model, grade } of OFFLINE_JUDGES) {
      for (const sample of PAIRWISE_SAMPLES) {
        const asStored = grade(pairwiseTask(sample));
        const swapped = grade(pairwiseTask(sample, true));
        expect(grade(pairwiseTask(sample)), `${model.id} ${sample.id}`).toEqual(asStored);
        expect(verdictOf(swapped), `${model.id} ${sample.id}`).toBe(SWAPPED[verdictOf(asStored)]);
        expect(asStored.critique.startsWith(OFFLINE_PREFIX)).toBe(true);
        // It names each response by its opening words, so the critique holds in whichever order the visitor sees them.
        for (const label of responseLabels(sample.responses)) expect(asStored.critique).toContain(label);
      }
    }
  });

  it('call the same response twice a tie', () => {
    for (const { model, grade } of OFFLINE_JUDGES) {
      const sample = PAIRWISE_SAMPLES[0];
      const twice = grade({ ...pairwiseTask(sample), responses: [sample.responses[0], sample.responses[0]] });
      expect(verdictOf(twice), model.id).toBe('tie');
      expect(twice.critique).toMatch(/Verdict: tie/);
    }
  });

  it('answer relative to the order they were given', () => {
    const offTopic = 'Turtles are reptiles with hard shells. Many species live for decades.';
    expect(verdictOf(judgeByRequestCoverage(compare(FRANCE, [FRANCE_ANSWER, offTopic])))).toBe('first');
    expect(verdictOf(judgeByRequestCoverage(compare(FRANCE, [offTopic, FRANCE_ANSWER])))).toBe('second');
  });

  describe('request coverage', () => {
    it('prefers a bank response to one written for another request, in either order, and hardly ever the other way', () => {
      // A request of a few words ("Is 91 a prime number?") gives a key-word count little to go on.
      const worded = PAIRWISE_SAMPLES.filter((s) => new Set(contentTerms(s.input)).size >= 5);
      expect(worded.length).toBeGreaterThanOrEqual(25);
      const outcomes: string[] = [];
      worded.forEach((sample, i) => {
        // A response from a sample of another category: fluent, but about something else.
        const other = worded.find((s, j) => j > i && s.category !== sample.category) ?? worded[0];
        for (const response of sample.responses) {
          const onTopicFirst = verdictOf(judgeByRequestCoverage({ ...pairwiseTask(sample), responses: [response, other.responses[1]] }));
          const onTopicSecond = verdictOf(judgeByRequestCoverage({ ...pairwiseTask(sample), responses: [other.responses[1], response] }));
          expect(onTopicSecond, sample.id).toBe(SWAPPED[onTopicFirst]);
          outcomes.push(onTopicFirst === 'first' ? 'on-topic' : onTopicFirst === 'tie' ? 'tie' : 'off-topic');
        }
      });
      // Key words are a crude measure: a terse answer ("12 times. Units place: …") can share fewer words with its
      // question than another topic's answer does, but rarely.
      const share = (kind: string) => outcomes.filter((o) => o === kind).length / outcomes.length;
      expect(share('on-topic')).toBeGreaterThanOrEqual(0.9);
      expect(share('off-topic')).toBeLessThanOrEqual(0.05);
    });

    it('prefers the response that answers every part of the request, and an answer to a refusal', () => {
      const partial = 'The capital of France is Paris.';
      const result = judgeByRequestCoverage(compare(FRANCE, [partial, FRANCE_ANSWER]));
      expect(verdictOf(result)).toBe('second');
      expect(result.critique).toContain('"river"');
      const refusal = "I'm sorry, but I can't help with questions about France, its capital, its river or how many people live there.";
      expect(verdictOf(judgeByRequestCoverage(compare(FRANCE, [refusal, FRANCE_ANSWER])))).toBe('second');
    });

    it('checks explicit asks in both responses', () => {
      const input = 'Give three tips for sleeping better.';
      const three = '- Keep a regular sleep schedule\n- Avoid screens before sleeping\n- Keep the bedroom dark and cool';
      const one = '- Keep a regular sleep schedule for sleeping better';
      const result = judgeByRequestCoverage(compare(input, [one, three]));
      expect(verdictOf(result)).toBe('second');
      expect(result.critique).toMatch(/meets 0 of the 1 explicit asks \(3 tips\)/);
    });
  });

  describe('reference overlap', () => {
    it('prefers the response that agrees with the reference, figures included', () => {
      const wrong = 'The capital of France is Lyon. The Rhone flows through it, and about 500,000 people live in the city.';
      const result = judgeByReferenceOverlap(compare(FRANCE, [wrong, FRANCE_ANSWER], FRANCE_REFERENCE));
      expect(verdictOf(result)).toBe('second');
      expect(result.critique).toMatch(/of the reference's key words/);
    });

    it('on the clear bank samples with a reference, agrees with the author more often than not', () => {
      const clear = PAIRWISE_SAMPLES.filter((s) => s.reference && s.expected.difficulty === 'clear');
      const verdicts = clear.map((s) => verdictOf(judgeByReferenceOverlap(pairwiseTask(s))));
      const agree = verdicts.filter((v, i) => v === clear[i].expected.preferred).length;
      const disagree = verdicts.filter((v, i) => v !== 'tie' && v !== clear[i].expected.preferred).length;
      expect(clear.length).toBeGreaterThanOrEqual(8);
      expect(agree).toBeGreaterThan(disagree);
    });

    it('without a reference, prefers the response on the vocabulary of the question', () => {
      const offTopic = 'Turtles are reptiles with hard shells. Many species live for decades.';
      const result = judgeByReferenceOverlap(compare(FRANCE, [offTopic, FRANCE_ANSWER]));
      expect(verdictOf(result)).toBe('second');
      expect(result.critique).toMatch(/no reference to compare with/);
    });
  });

  describe('length and structure', () => {
    it('prefers a clean answer to one that repeats itself and stops mid-sentence', () => {
      const broken = 'The capital of France is Paris. The capital of France is Paris. The capital of France is Paris. The river that flows through it is the';
      const result = judgeByLengthAndStructure(compare(FRANCE, [broken, FRANCE_ANSWER]));
      expect(verdictOf(result)).toBe('second');
      expect(result.critique).toMatch(/stops mid-sentence/);
    });

    it('prefers the short response when the request asks for brevity, the long one when it asks for detail', () => {
      const short = 'Hamlet, prince of Denmark, avenges his father, murdered by his uncle Claudius; nearly everyone dies.';
      const essay = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} adds yet another detail about the plot of Hamlet.`).join('\n\n');
      expect(verdictOf(judgeByLengthAndStructure(compare('Summarize the plot of Hamlet in one sentence.', [essay, short])))).toBe('second');
      expect(verdictOf(judgeByLengthAndStructure(compare('Explain in detail the plot of Hamlet, step by step.', [essay, short])))).toBe('first');
    });
  });
});

describe('comparedVerdict', () => {
  it('is a tie within the margin and the higher measure outside it', () => {
    expect(comparedVerdict([0.5, 0.53], 0.05)).toBe('tie');
    expect(comparedVerdict([0.6, 0.5], 0.05)).toBe('first');
    expect(comparedVerdict([0.2, 0.5], 0.05)).toBe('second');
  });
});

describe('responseLabels', () => {
  it('quotes as many opening words as it takes to tell the responses apart', () => {
    expect(responseLabels(['Use a dict, whose keys keep order.', 'Use a set.'])).toEqual([
      'the response beginning "Use a dict, whose…"',
      'the response beginning "Use a set."',
    ]);
    const [a, b] = responseLabels(['The answer is 42 because six times seven is 42.', 'The answer is 42 because I said so.']);
    expect(a).not.toBe(b);
    expect(responseLabels(['Same.', 'Same.'])).toEqual(['the response shown first', 'the response shown second']);
  });
});
