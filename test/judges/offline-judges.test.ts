import { describe, expect, it } from 'vitest';
import { judgeByLengthAndStructure as lengthAndStructure } from '../../src/judges/offline/length-structure';
import { createOfflineJudge, streamingChunks } from '../../src/judges/offline/offline-judge';
import { OFFLINE_JUDGES } from '../../src/judges/offline/offline-judges';
import { judgeByReferenceOverlap as referenceOverlap } from '../../src/judges/offline/reference-overlap';
import { judgeByRequestCoverage as requestCoverage, requestChecks } from '../../src/judges/offline/request-coverage';
import { OFFLINE_PREFIX } from '../../src/judges/offline/verdict';
import { FRANCE_TASK, task } from './fixtures';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from '../../src/samples/format-bank';
import { binaryTask, likertGrader, likertScore, pairwiseTask } from './offline-fixtures';

// The likert readings of the baselines (offline-binary / offline-pairwise test the other formats).
const judgeByLengthAndStructure = likertGrader(lengthAndStructure);
const judgeByReferenceOverlap = likertGrader(referenceOverlap);
const judgeByRequestCoverage = likertGrader(requestCoverage);
const BASELINES = OFFLINE_JUDGES.map(({ model, grade }) => ({ model, grade: likertGrader(grade) }));

const OFF_TOPIC = 'Turtles are reptiles with hard shells. Many species live for decades.';
const REFERENCE = 'Paris is the capital of France; the Seine flows through it. Paris has about 2.1 million residents.';

describe('offline baselines, likert', () => {
  it('all say they are rule-based, stay in 1..5 and are deterministic', () => {
    const tasks = [FRANCE_TASK, task({ response: OFF_TOPIC }), task({ reference: REFERENCE }), task({ response: '' })];
    for (const { grade } of BASELINES) {
      for (const t of tasks) {
        const verdict = grade(t);
        expect(verdict.critique.startsWith(OFFLINE_PREFIX)).toBe(true);
        expect(Number.isInteger(verdict.score) && verdict.score >= 1 && verdict.score <= 5).toBe(true);
        expect(grade(t)).toEqual(verdict);
      }
    }
  });

  it('differ from each other on the same sample', () => {
    const critiques = BASELINES.map(({ grade }) => grade(task({ reference: REFERENCE })).critique);
    expect(new Set(critiques).size).toBe(OFFLINE_JUDGES.length);
  });

  it('every baseline scores an answer higher than a response that ignores the question', () => {
    for (const { model, grade } of BASELINES) {
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

describe('createOfflineJudge', () => {
  it('streams the critique in chunks that add up to the judgment text', async () => {
    const [{ model, grade }] = OFFLINE_JUDGES;
    const judge = createOfflineJudge(model.id, grade, 0);
    const deltas: string[] = [];
    const parts = new Set<string>();
    const result = await judge.evaluate(FRANCE_TASK, (d, part) => {
      deltas.push(d);
      parts.add(part);
    });
    if (!result.ok) throw new Error(result.failure.detail);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(result.judgment.text);
    expect([...parts]).toEqual(['answer']);
    expect(result.judgment.text).toBe(grade(FRANCE_TASK).critique);
    expect(result.judgment.verdict).toEqual({ format: 'likert', score: likertScore(grade(FRANCE_TASK)) });
    expect(result.judgment.reasoning).toBe('');
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

  it('answers pass/fail and pairwise tasks with the verdict of its baseline, relative to the order it was given', async () => {
    for (const { model, grade } of OFFLINE_JUDGES) {
      const judge = createOfflineJudge(model.id, grade, 0);
      for (const t of [binaryTask(BINARY_SAMPLES[0]), pairwiseTask(PAIRWISE_SAMPLES[0]), pairwiseTask(PAIRWISE_SAMPLES[0], true)]) {
        const parts: string[] = [];
        const result = await judge.evaluate(t, (_d, part) => parts.push(part));
        if (!result.ok) throw new Error(result.failure.detail);
        expect(result.judgment.verdict).toEqual(grade(t).verdict);
        expect(result.judgment.text).toBe(grade(t).critique);
        expect(result.judgment.critique).toBe(grade(t).critique);
        expect(result.judgment.reasoning).toBe('');
        expect(new Set(parts)).toEqual(new Set(['answer']));
      }
    }
  });

  it('streamingChunks keeps every character', () => {
    const text = '  Leading space, two  spaces and a\nnewline. ';
    expect(streamingChunks(text, 2).join('')).toBe(text);
  });
});
