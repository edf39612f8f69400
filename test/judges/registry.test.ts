import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_JUDGES } from '../../src/judges/builtin-judges';
import { parseExtraJudges } from '../../src/judges/extra-judges';
import { allJudgeModels, availableJudgeModels, findJudgeModel } from '../../src/judges/registry';
import { providerConfig } from '../../src/judges/providers';

/** A bare environment: no keys, nothing configured (a fresh clone). */
function makeEnv(vars: Partial<Env> = {}): Env {
  return { ...vars } as Env;
}

const LOCAL_JUDGE = {
  id: 'my-local-judge',
  name: 'My Local Judge',
  organization: 'Me',
  license: 'MIT',
  provider: 'local',
  providerModel: 'llama3.1:8b',
};

afterEach(() => vi.restoreAllMocks());

describe('built-in registry', () => {
  it('ships the 18 judges with unique ids and real provider model names', () => {
    expect(BUILTIN_JUDGES).toHaveLength(18);
    expect(new Set(BUILTIN_JUDGES.map((j) => j.id)).size).toBe(18);
    const byProvider = (p: string) => BUILTIN_JUDGES.filter((j) => j.provider === p).map((j) => j.providerModel);
    expect(byProvider('openai')).toEqual(['gpt-4o', 'gpt-4-turbo', 'gpt-3.5-turbo']);
    expect(byProvider('anthropic')).toEqual([
      'claude-3-5-sonnet-20241022',
      'claude-3-5-haiku-20241022',
      'claude-3-opus-20240229',
      'claude-3-sonnet-20240229',
      'claude-3-haiku-20240307',
    ]);
    expect(byProvider('together')).toContain('meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo');
    expect(byProvider('together')).toContain('mistralai/Mistral-7B-Instruct-v0.1');
    expect(byProvider('together')).toHaveLength(10);
    for (const j of BUILTIN_JUDGES) expect(j.kind).toBe('llm');
  });

  it('records licenses per family', () => {
    const license = (id: string) => BUILTIN_JUDGES.find((j) => j.id === id)?.license;
    expect(license('gpt-4o')).toBe('Proprietary');
    expect(license('claude-3-opus')).toBe('Proprietary');
    expect(license('llama-3.1-8b-instruct')).toMatch(/Llama 3.1 Community/);
    expect(license('qwen-2.5-7b-instruct')).toBe('Apache 2.0');
    expect(license('qwen-2.5-72b-instruct')).toBe('Qwen License');
    expect(license('gemma-2-9b-it')).toMatch(/Gemma/);
    expect(license('mistral-7b-instruct-v0.3')).toBe('Apache 2.0');
  });
});

describe('providers', () => {
  it('are configured by their key, with overridable base URLs; blank values do not count', () => {
    expect(providerConfig(makeEnv(), 'openai')).toBeUndefined();
    expect(providerConfig(makeEnv({ OPENAI_API_KEY: '  ' }), 'openai')).toBeUndefined();
    expect(providerConfig(makeEnv({ OPENAI_API_KEY: 'k' }), 'openai')).toEqual({ apiKey: 'k', baseURL: 'https://api.openai.com/v1' });
    expect(providerConfig(makeEnv({ ANTHROPIC_API_KEY: 'k' }), 'anthropic')?.baseURL).toBe('https://api.anthropic.com/v1/');
    expect(providerConfig(makeEnv({ TOGETHER_API_KEY: 'k', TOGETHER_BASE_URL: 'http://stub/v1' }), 'together')?.baseURL).toBe('http://stub/v1');
    expect(providerConfig(makeEnv({ LOCAL_LLM_BASE_URL: 'http://localhost:11434/v1' }), 'local')?.apiKey).toBeTruthy();
    expect(providerConfig(makeEnv({ LOCAL_LLM_API_KEY: 'k' }), 'local')).toBeUndefined();
  });
});

describe('availability', () => {
  const ids = (env: Env) => availableJudgeModels(env).map((m) => m.id);
  const offlineIds = () => allJudgeModels(makeEnv()).filter((m) => m.kind === 'offline').map((m) => m.id);

  it('a fresh clone has only the offline baselines, labelled as such', () => {
    const available = availableJudgeModels(makeEnv());
    expect(available.length).toBeGreaterThanOrEqual(3);
    expect(available.length).toBeLessThanOrEqual(4);
    for (const m of available) {
      expect(m).toMatchObject({ kind: 'offline', provider: 'offline', license: 'MIT' });
      expect(m.organization).toMatch(/offline baseline/);
    }
  });

  it('follows configured providers', () => {
    const env = makeEnv({ OPENAI_API_KEY: 'k' });
    expect(ids(env)).toEqual(['gpt-4o', 'gpt-4-turbo', 'gpt-3.5-turbo']);
    const both = ids(makeEnv({ OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' }));
    expect(both).toHaveLength(8);
    expect(both).toContain('claude-3-haiku');
  });

  it('OFFLINE_JUDGES: auto adds baselines only below two LLM judges; on/off force it', () => {
    const oneLlm = JSON.stringify([LOCAL_JUDGE]);
    const local = { LOCAL_LLM_BASE_URL: 'http://localhost:1/v1', EXTRA_JUDGES: oneLlm };
    expect(ids(makeEnv(local))).toEqual(['my-local-judge', ...offlineIds()]);
    expect(ids(makeEnv({ OPENAI_API_KEY: 'k' }))).not.toContain(offlineIds()[0]);
    expect(ids(makeEnv({ OPENAI_API_KEY: 'k', OFFLINE_JUDGES: 'on' }))).toEqual([
      'gpt-4o',
      'gpt-4-turbo',
      'gpt-3.5-turbo',
      ...offlineIds(),
    ]);
    expect(ids(makeEnv({ OFFLINE_JUDGES: 'off' }))).toEqual([]);
    expect(ids(makeEnv({ OFFLINE_JUDGES: 'nonsense' }))).toEqual(offlineIds());
  });

  it('leaves out inactive judges', () => {
    const env = makeEnv({
      LOCAL_LLM_BASE_URL: 'http://localhost:1/v1',
      EXTRA_JUDGES: JSON.stringify([LOCAL_JUDGE, { ...LOCAL_JUDGE, id: 'retired', active: false }]),
      OFFLINE_JUDGES: 'off',
    });
    expect(ids(env)).toEqual(['my-local-judge']);
    expect(findJudgeModel(env, 'retired')?.active).toBe(false);
  });
});

describe('EXTRA_JUDGES', () => {
  const taken = new Set(BUILTIN_JUDGES.map((j) => j.id));

  it('adds a valid entry with defaults', () => {
    const { judges, errors } = parseExtraJudges(JSON.stringify([LOCAL_JUDGE]), taken);
    expect(errors).toEqual([]);
    expect(judges).toEqual([
      { ...LOCAL_JUDGE, active: true, supportsJsonMode: false, supportsStreamUsage: false, openWeights: false, parametersB: null, kind: 'llm' },
    ]);
  });

  it('skips bad entries with a clear reason and keeps the good ones', () => {
    const raw = JSON.stringify([
      LOCAL_JUDGE,
      { ...LOCAL_JUDGE, id: 'no-provider-model', providerModel: undefined },
      { ...LOCAL_JUDGE, id: 'bad-provider', provider: 'skynet' },
      { ...LOCAL_JUDGE, id: 'gpt-4o' },
      { ...LOCAL_JUDGE, id: 'typo', providermodel: 'x' },
      { ...LOCAL_JUDGE, id: 'Bad Id!' },
      { ...LOCAL_JUDGE, id: 'fake-offline', provider: 'offline' },
      'not an object',
    ]);
    const { judges, errors } = parseExtraJudges(raw, taken);
    expect(judges.map((j) => j.id)).toEqual(['my-local-judge']);
    expect(errors).toHaveLength(7);
    expect(errors[0]).toMatch(/EXTRA_JUDGES\[1\] \("no-provider-model"\).*providerModel/);
    expect(errors[1]).toMatch(/\("bad-provider"\).*provider/);
    expect(errors[2]).toMatch(/already used/);
    expect(errors[3]).toMatch(/providermodel/);
    expect(errors[4]).toMatch(/id must be/);
  });

  it('reports invalid JSON or a non-array without throwing', () => {
    expect(parseExtraJudges('[{', taken).errors[0]).toMatch(/not valid JSON/);
    expect(parseExtraJudges('{"id": "x"}', taken).errors[0]).toMatch(/must be a JSON array/);
    expect(parseExtraJudges('  ', taken)).toEqual({ judges: [], errors: [] });
  });

  it('is merged into the registry, and bad values are logged once, never thrown', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = makeEnv({ EXTRA_JUDGES: JSON.stringify([LOCAL_JUDGE, { id: 'broken-entry-for-log-test' }]) });
    const all = allJudgeModels(env);
    expect(all.filter((m) => m.kind === 'llm')).toHaveLength(19);
    expect(findJudgeModel(env, 'my-local-judge')?.providerModel).toBe('llama3.1:8b');
    allJudgeModels(env);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0][0])).toContain('broken-entry-for-log-test');
    expect(() => allJudgeModels(makeEnv({ EXTRA_JUDGES: 'garbage' }))).not.toThrow();
  });
});
