// The sample generator's binary and pairwise prompts and readers (pure), and generateFormatSample against the stub.
import { describe, expect, it } from 'vitest';
import {
  binarySampleFromText,
  binarySamplePrompt,
  drawBinaryRequest,
  pairwiseSamplePrompt,
  pairwiseSampleFromText,
} from '../../src/judges/format-sample-prompts';
import { generateFormatSample } from '../../src/judges/generators';
import { BINARY_RUBRIC_PRESETS, NO_FACTUAL_ERROR } from '../../src/shared/format-rubric-presets';
import { SAMPLE_CATEGORIES } from '../../src/shared/leaderboard-slices';
import { BINARY_SAMPLE, PAIRWISE_SAMPLE, SAMPLE } from '../support/stub-openai/behaviours';
import { stubEnv, stubLastRequest, stubModel } from '../support/stub-openai/client';

// The binary presets a generated sample can be checked against: those that need no reference answer.
const CRITERIA = BINARY_RUBRIC_PRESETS.filter((p) => !p.usesReference).map((p) => p.rubric);

const KEEP = () => 0.9; // ≥ 0.5: keeps the order as written
const SWAP = () => 0.1;

describe('pairwise sample prompt and reader', () => {
  it('asks for two responses of different quality, the better named, in a bank category', () => {
    expect(pairwiseSamplePrompt()).toMatch(/two responses/);
    expect(pairwiseSamplePrompt()).toMatch(/"better": "first" or "second"/);
    for (const category of SAMPLE_CATEGORIES) expect(pairwiseSamplePrompt()).toContain(category);
  });

  it('reads the sample, and stores the responses in a random order with the better one followed', () => {
    const json = JSON.stringify(PAIRWISE_SAMPLE);
    expect(pairwiseSampleFromText(json, KEEP)).toEqual(PAIRWISE_SAMPLE);
    expect(pairwiseSampleFromText('```json\n' + json + '\n```', SWAP)).toEqual({
      ...PAIRWISE_SAMPLE,
      responses: [PAIRWISE_SAMPLE.responses[1], PAIRWISE_SAMPLE.responses[0]],
      better: 'second',
    });
  });

  it('refuses a sample with one response, two equal ones, no verdict or a category outside the bank', () => {
    const bad = [
      { ...PAIRWISE_SAMPLE, responses: [PAIRWISE_SAMPLE.responses[0]] },
      { ...PAIRWISE_SAMPLE, responses: ['Same.', 'Same.'] },
      { ...PAIRWISE_SAMPLE, better: 'tie' },
      { ...PAIRWISE_SAMPLE, category: 'science' },
      { ...PAIRWISE_SAMPLE, input: '  ' },
    ];
    for (const sample of bad) expect(pairwiseSampleFromText(JSON.stringify(sample), KEEP)).toBeUndefined();
  });
});

describe('binary sample prompt and reader', () => {
  it('puts the criterion, its pass and fail descriptions and the aim in the prompt', () => {
    const prompt = binarySamplePrompt(NO_FACTUAL_ERROR, 'fail');
    expect(prompt).toContain(NO_FACTUAL_ERROR.criteria);
    expect(prompt).toContain(`Pass: ${NO_FACTUAL_ERROR.pass}`);
    expect(prompt).toContain(`Fail: ${NO_FACTUAL_ERROR.fail}`);
    expect(prompt).toMatch(/fails the criterion/);
    expect(binarySamplePrompt(NO_FACTUAL_ERROR, 'pass')).toMatch(/passes the criterion/);
    for (const category of SAMPLE_CATEGORIES) expect(prompt).toContain(category);
  });

  it('draws a preset criterion that needs no reference, and an aim', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const draws = [i / 20, (i * 7) % 20 / 20];
      const request = drawBinaryRequest(CRITERIA, () => draws.shift() ?? 0);
      const preset = BINARY_RUBRIC_PRESETS.find((p) => p.rubric === request.rubric);
      expect(preset?.usesReference).toBe(false);
      expect(request.prompt).toBe(binarySamplePrompt(request.rubric, request.verdict));
      seen.add(`${preset?.id}:${request.verdict}`);
    }
    expect(seen.size).toBeGreaterThan(4);
  });

  it('reads the sample with the criterion it was written for', () => {
    expect(binarySampleFromText(`Sure: ${JSON.stringify(BINARY_SAMPLE)}`, NO_FACTUAL_ERROR)).toEqual({ ...BINARY_SAMPLE, rubric: NO_FACTUAL_ERROR });
    expect(binarySampleFromText(JSON.stringify({ ...BINARY_SAMPLE, verdict: 'maybe' }), NO_FACTUAL_ERROR)).toBeUndefined();
  });
});

describe('generateFormatSample against the stub', () => {
  it('makes a pairwise sample', async () => {
    const env = stubEnv([], { SAMPLE_GENERATOR: `local:${stubModel('sample-pairwise')}` });
    expect(await generateFormatSample(env, 'pairwise', { random: KEEP })).toEqual({ ok: true, generated: { format: 'pairwise', sample: PAIRWISE_SAMPLE } });
  });

  it('makes a binary sample for the criterion it asked about', async () => {
    const model = stubModel('sample-binary');
    const result = await generateFormatSample(stubEnv([], { SAMPLE_GENERATOR: `local:${model}` }), 'binary', { random: () => 0, criteria: CRITERIA });
    const asked = drawBinaryRequest(CRITERIA, () => 0);
    expect(result).toEqual({ ok: true, generated: { format: 'binary', sample: { ...BINARY_SAMPLE, rubric: asked.rubric } } });
    expect((await stubLastRequest(model))?.body.messages[0].content).toBe(asked.prompt);
  });

  it('makes a likert sample as generateSample does, and fails typed on output of the wrong shape', async () => {
    expect(await generateFormatSample(stubEnv([], { SAMPLE_GENERATOR: `local:${stubModel('sample')}` }), 'likert')).toEqual({
      ok: true,
      generated: { format: 'likert', sample: SAMPLE },
    });
    const wrong = await generateFormatSample(stubEnv([], { SAMPLE_GENERATOR: `local:${stubModel('sample')}` }), 'pairwise');
    expect(wrong).toMatchObject({ ok: false, failure: { kind: 'unparseable' } });
    const noCriteria = await generateFormatSample(stubEnv([], { SAMPLE_GENERATOR: `local:${stubModel('sample-binary')}` }), 'binary');
    expect(noCriteria).toMatchObject({ ok: false, failure: { kind: 'not_configured' } });
  });
});
