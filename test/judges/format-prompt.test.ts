import { describe, expect, it } from 'vitest';
import { buildBinaryMessages } from '../../src/judges/binary-prompt';
import { buildFormatMessages } from '../../src/judges/format-prompt';
import type { BinaryTask, PairwiseTask } from '../../src/judges/judge-formats';
import { buildPairwiseMessages } from '../../src/judges/pairwise-prompt';
import { FRANCE_TASK } from './fixtures';

const FACTUAL: BinaryTask = {
  input: 'When did the Berlin Wall fall?',
  response: 'The Berlin Wall fell on 9 November 1989.',
  rubric: {
    criteria: 'Is the response free of factual errors?',
    pass: 'Every factual claim in the response is correct.',
    fail: 'The response states at least one thing that is false.',
  },
};

const HAIKU: PairwiseTask = {
  input: 'Write a haiku about autumn.',
  responses: ['Leaves drift to the ground / amber light on quiet paths / the year exhales slow', 'Autumn is a season.'],
  rubric: { criteria: 'Which response better follows the instruction to write a haiku?' },
};

// Today's likert prompt, byte for byte, as main's buildJudgeMessages produced it before the formats existed.
const TODAYS_LIKERT_WITH_REFERENCE = [
  {
    role: 'system',
    content:
      'You are a fair and strict evaluator. You assess a response against a score rubric and reply with a single JSON object. Never mention your own name, model, version or the company that made you.',
  },
  {
    role: 'user',
    content: `###Task Description:
An instruction (might include an Input inside it), a response to evaluate, a reference answer that gets a score of 5, and a score rubric representing an evaluation criteria are given.
1. Write a detailed feedback that assesses the quality of the response strictly based on the given score rubric, not evaluating in general.
2. After writing the feedback, give a score that is an integer between 1 and 5, referring to the score rubric.
3. Reply with a JSON object only, exactly in this form: {"feedback": "<your feedback>", "score": <an integer from 1 to 5>}
4. Do not write anything before or after the JSON object.

###The instruction to evaluate:
What is the capital of France, and which river flows through it?

###Response to evaluate:
The capital of France is Paris, and the river Seine flows through it.

###Reference Answer (Score 5):
Paris, on the Seine.

###Score Rubrics:
[Does the response answer the user accurately and helpfully?]
Score 1: The response ignores the question or is wrong.
Score 2: The response is mostly wrong or off-topic.
Score 3: The response is partly correct but incomplete.
Score 4: The response is correct with minor gaps.
Score 5: The response is correct, complete and clear.

###Feedback (as JSON):`,
  },
];

describe('buildFormatMessages', () => {
  it('gives likert tasks exactly today\'s prompt', () => {
    expect(buildFormatMessages({ ...FRANCE_TASK, reference: 'Paris, on the Seine.' })).toEqual(TODAYS_LIKERT_WITH_REFERENCE);
  });

  it('uses each format\'s own template', () => {
    expect(buildFormatMessages({ format: 'binary', ...FACTUAL })).toEqual(buildBinaryMessages(FACTUAL));
    expect(buildFormatMessages({ format: 'pairwise', ...HAIKU })).toEqual(buildPairwiseMessages(HAIKU));
    const systems = (['likert', 'binary', 'pairwise'] as const).map(
      (format) =>
        buildFormatMessages(format === 'likert' ? FRANCE_TASK : format === 'binary' ? { format, ...FACTUAL } : { format, ...HAIKU })[0],
    );
    expect(new Set(systems.map((s) => s.content)).size).toBe(3);
    for (const system of systems) {
      expect(system.role).toBe('system');
      expect(system.content).toMatch(/never mention your own name/i);
    }
  });
});

describe('buildBinaryMessages', () => {
  const user = buildBinaryMessages(FACTUAL)[1].content;

  it('puts the sample, the criterion and both descriptions in the prompt', () => {
    expect(user).toContain(FACTUAL.input);
    expect(user).toContain(FACTUAL.response);
    expect(user).toContain(`[${FACTUAL.rubric.criteria}]`);
    expect(user).toContain(`Pass: ${FACTUAL.rubric.pass}`);
    expect(user).toContain(`Fail: ${FACTUAL.rubric.fail}`);
  });

  it('asks for JSON with the feedback before a pass or fail verdict', () => {
    expect(user).toContain('{"feedback": "<your feedback>", "verdict": "pass" or "fail"}');
    expect(user.indexOf('"feedback"')).toBeLessThan(user.indexOf('"verdict"'));
    expect(user).not.toContain('"score"');
  });

  it('includes the reference only when there is one, a blank one being none', () => {
    expect(user).not.toContain('Reference Answer');
    expect(buildBinaryMessages({ ...FACTUAL, reference: '  ' })[1].content).not.toContain('Reference Answer');
    const withRef = buildBinaryMessages({ ...FACTUAL, reference: ' 9 November 1989. ' })[1].content;
    expect(withRef).toContain('###Reference Answer (passes):\n9 November 1989.\n');
    expect(withRef).toContain('a reference answer that passes,');
  });
});

describe('buildPairwiseMessages', () => {
  const user = buildPairwiseMessages(HAIKU)[1].content;

  it('shows both responses labelled first and second, in the order given', () => {
    expect(user).toContain(`###First response:\n${HAIKU.responses[0]}\n`);
    expect(user).toContain(`###Second response:\n${HAIKU.responses[1]}\n`);
    expect(user.indexOf(HAIKU.responses[0])).toBeLessThan(user.indexOf(HAIKU.responses[1]));
    const swapped = buildPairwiseMessages({ ...HAIKU, responses: [HAIKU.responses[1], HAIKU.responses[0]] })[1].content;
    expect(swapped).toContain(`###First response:\n${HAIKU.responses[1]}\n`);
  });

  it('offers a tie explicitly and asks for JSON with the feedback first', () => {
    expect(user).toContain('"tie" if they meet it equally well');
    expect(user).toContain('{"feedback": "<your feedback>", "verdict": "first", "second" or "tie"}');
    expect(user.indexOf('"feedback"')).toBeLessThan(user.indexOf('"verdict"'));
  });

  it('tells the judge that order and length must not matter, and gives the criterion', () => {
    expect(user).toMatch(/order in which the responses are presented and their length must not influence/);
    expect(user).toContain(`[${HAIKU.rubric.criteria}]`);
    expect(user).toContain(HAIKU.input);
  });

  it('includes the reference only when there is one', () => {
    expect(user).not.toContain('Reference Answer');
    const withRef = buildPairwiseMessages({ ...HAIKU, reference: 'A 5-7-5 poem about autumn.' })[1].content;
    expect(withRef).toContain('###Reference Answer:\nA 5-7-5 poem about autumn.\n');
    expect(withRef).toContain('a reference answer,');
  });
});
