import { describe, expect, it } from 'vitest';
import {
  generateResponse,
  generateSample,
  isResponseGeneratorConfigured,
  isSampleGeneratorConfigured,
  parseGeneratorSpec,
  sampleFromText,
} from '../../src/judges/generators';
import { ANSWER, SAMPLE } from '../support/stub-openai/behaviours';
import { stubCalls, stubEnv, stubLastRequest, stubModel } from '../support/stub-openai/client';

describe('parseGeneratorSpec', () => {
  it('splits provider and model on the first colon', () => {
    expect(parseGeneratorSpec('openai:gpt-4o-mini')).toEqual({ provider: 'openai', model: 'gpt-4o-mini' });
    expect(parseGeneratorSpec('local:llama3:8b')).toEqual({ provider: 'local', model: 'llama3:8b' });
  });
  it('rejects unknown providers and malformed values', () => {
    for (const bad of [undefined, '', 'gpt-4o', 'skynet:t-800', 'openai:', ':gpt-4o', 'offline:x']) {
      expect(parseGeneratorSpec(bad)).toBeUndefined();
    }
  });
});

describe('sampleFromText', () => {
  it('reads a valid sample from bare, fenced or prose-wrapped JSON', () => {
    const json = JSON.stringify(SAMPLE);
    for (const text of [json, '```json\n' + json + '\n```', `Here you go: ${json} Enjoy.`]) expect(sampleFromText(text)).toEqual(SAMPLE);
  });
  it('rejects samples with missing or empty fields', () => {
    expect(sampleFromText('{"input": "", "response": "x", "category": "y"}')).toBeUndefined();
    expect(sampleFromText('{"input": "q", "category": "y"}')).toBeUndefined();
    expect(sampleFromText('no json here')).toBeUndefined();
  });
});

describe('generators against the stub', () => {
  it('writes a response with RESPONSE_GENERATOR', async () => {
    const model = stubModel('answer');
    const env = stubEnv([], { RESPONSE_GENERATOR: `local:${model}` });
    expect(isResponseGeneratorConfigured(env)).toBe(true);
    const result = await generateResponse(env, 'At what temperature does water boil?');
    expect(result).toEqual({ ok: true, response: ANSWER });
    const last = await stubLastRequest(model);
    expect(last?.body.messages.at(-1)?.content).toBe('At what temperature does water boil?');
  });

  it('is not configured without the setting or without the provider', async () => {
    expect(isResponseGeneratorConfigured(stubEnv([]))).toBe(false);
    const noProvider = stubEnv([], { RESPONSE_GENERATOR: 'openai:gpt-4o-mini', OPENAI_API_KEY: undefined });
    expect(isResponseGeneratorConfigured(noProvider)).toBe(false);
    const result = await generateResponse(noProvider, 'hi');
    expect(result).toMatchObject({ ok: false, failure: { kind: 'not_configured' } });
  });

  it('passes provider failures through as typed values', async () => {
    const model = stubModel('http400');
    const result = await generateResponse(stubEnv([], { RESPONSE_GENERATOR: `local:${model}` }), 'hi');
    expect(result).toMatchObject({ ok: false, failure: { kind: 'http', status: 400 } });
    expect(await stubCalls(model)).toBe(1);
  });

  it('writes and validates a sample with SAMPLE_GENERATOR', async () => {
    const env = stubEnv([], { SAMPLE_GENERATOR: `local:${stubModel('sample')}` });
    expect(isSampleGeneratorConfigured(env)).toBe(true);
    expect(await generateSample(env)).toEqual({ ok: true, sample: SAMPLE });
  });

  it('rejects an invalid generated sample', async () => {
    const result = await generateSample(stubEnv([], { SAMPLE_GENERATOR: `local:${stubModel('sample-bad')}` }));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unparseable' } });
  });
});
