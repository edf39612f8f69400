// The content addresses of a prompt: stable for the same sample and rubric, different for any change.
import { describe, expect, it } from 'vitest';
import { addressPrompt, rubricJson } from '../../src/battles/prompt-content';
import { sha256Hex } from '../../src/crypto/sha256';
import { DEFAULT_RUBRIC } from '../../src/shared/rubric-presets';

const SAMPLE = { input: 'Capital of France?', response: 'Paris.', rubric: DEFAULT_RUBRIC };

describe('prompt content addresses', () => {
  it('hashes each text with SHA-256 (known vector) and the prompt over the hashes of its parts', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const p = await addressPrompt({ ...SAMPLE, reference: 'Paris' });
    expect(p.inputHash).toBe(await sha256Hex(SAMPLE.input));
    expect(p.referenceHash).toBe(await sha256Hex('Paris'));
    expect(p.rubricHash).toBe(await sha256Hex(rubricJson(DEFAULT_RUBRIC)));
    expect(p.hash).toBe(await sha256Hex(JSON.stringify([p.inputHash, p.responseHash, p.referenceHash, p.rubricHash])));
    expect(p.texts.map((t) => t.body).sort()).toEqual([SAMPLE.input, SAMPLE.response, 'Paris', rubricJson(DEFAULT_RUBRIC)].sort());
  });

  it('gives the same prompt whatever the rubric key order, and no reference the same as an absent one', async () => {
    const reordered = { scores: DEFAULT_RUBRIC.scores, criteria: DEFAULT_RUBRIC.criteria };
    const a = await addressPrompt(SAMPLE);
    expect((await addressPrompt({ ...SAMPLE, rubric: reordered })).hash).toBe(a.hash);
    expect((await addressPrompt({ ...SAMPLE, reference: null })).hash).toBe(a.hash);
    expect(a.referenceHash).toBeNull();
  });

  it('changes with any part, including moving a text from one part to another', async () => {
    const a = await addressPrompt(SAMPLE);
    const variants = [
      { ...SAMPLE, input: 'Capital of Spain?' },
      { ...SAMPLE, response: 'Lyon.' },
      { ...SAMPLE, reference: 'Paris' },
      { ...SAMPLE, rubric: { ...DEFAULT_RUBRIC, criteria: 'Is it short?' } },
      { ...SAMPLE, input: SAMPLE.response, response: SAMPLE.input },
    ];
    const hashes = await Promise.all(variants.map(async (v) => (await addressPrompt(v)).hash));
    expect(new Set([a.hash, ...hashes]).size).toBe(variants.length + 1);
  });

  it('stores a text used twice in one prompt once', async () => {
    const p = await addressPrompt({ ...SAMPLE, response: SAMPLE.input });
    expect(p.texts).toHaveLength(2);
  });
});
