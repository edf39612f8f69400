// The redaction attack of issue 9 through the HTTP API: a sample that lists the model families no longer switches
// redaction off for self-identification, and a battle whose critique names a model is stored but not counted.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { letTimePass } from '../support/api';
import { battleBetween, fetchWith, streamWith } from '../support/app-with-env';
import { NAMES_ITSELF_FEEDBACK } from '../support/stub-openai/behaviours';
import { stubEnv, stubModel } from '../support/stub-openai/client';

function judges(...behaviours: string[]) {
  return behaviours.map((b, i) => ({ id: `leak-${i}-${crypto.randomUUID().slice(0, 6)}`, providerModel: stubModel(b), name: `Secret Model ${i}`, organization: `Secret Org ${i}` }));
}

async function voteRow(testEnv: Env, id: string) {
  letTimePass();
  const vote = await fetchWith(testEnv, `/api/battles/${id}/vote`, { method: 'POST', json: { choice: 'A' } });
  expect(vote.status).toBe(200);
  return env.DB.prepare('SELECT counted, excluded_reason FROM votes WHERE battle_id = ?').bind(id).first();
}

describe('identity leaks through the API', () => {
  it('withholds a judge naming itself even when the sample lists every family, and does not count the vote', async () => {
    const js = judges('names-itself', 'ok');
    const testEnv = stubEnv(js);
    const sample = {
      input: `Which is better at maths: GPT-4o by OpenAI, Claude by Anthropic, Llama by Meta, Qwen, Gemma or Mistral? ${crypto.randomUUID()}`,
      response: 'GPT-4o and Claude are both strong; OpenAI and Anthropic publish benchmarks.',
    };
    expect(NAMES_ITSELF_FEEDBACK).toMatch(/^As GPT-4o, a model made by OpenAI/);
    const id = await battleBetween([js[0].id, js[1].id], sample);
    const { raw, events } = await streamWith(testEnv, id);
    const critiqueA = events.find((e) => e.event === 'judgment' && e.data.judge === 'A')!.data.critique as string;
    expect(critiqueA.startsWith('As [name withheld], a model made by [name withheld]')).toBe(true);
    expect(raw).not.toMatch(/GPT-4o|OpenAI/);
    expect(await voteRow(testEnv, id)).toEqual({ counted: 0, excluded_reason: 'identity_leaked' });
  });

  it('counts an honest vote on a sample that names models when no critique names one', async () => {
    const js = judges('ok', 'ok-prose');
    const testEnv = stubEnv(js);
    const sample = { input: `Is Claude or GPT-4o better at poems? ${crypto.randomUUID()}`, response: 'Both write good poems.' };
    const id = await battleBetween([js[0].id, js[1].id], sample);
    await streamWith(testEnv, id);
    expect(await voteRow(testEnv, id)).toEqual({ counted: 1, excluded_reason: null });
  });
});
