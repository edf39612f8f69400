// The judges this server knows about (built-in + EXTRA_JUDGES + offline baselines) and which of them can run now.
import { readSettings, type OfflineJudgesMode } from '../config';
import { BUILTIN_JUDGES } from './builtin-judges';
import { parseExtraJudges } from './extra-judges';
import type { JudgeModel } from './judge-model';
import { OFFLINE_JUDGE_MODELS } from './offline/offline-judges';
import { isProviderConfigured } from './providers';

export type { JudgeModel } from './judge-model';
export type { OfflineJudgesMode } from '../config';

const TAKEN_IDS: ReadonlySet<string> = new Set([...BUILTIN_JUDGES, ...OFFLINE_JUDGE_MODELS].map((j) => j.id));

// Parsed once per distinct EXTRA_JUDGES value per isolate, so a bad entry is logged once, not on every request.
const extraJudgesCache = new Map<string, JudgeModel[]>();

function extraJudges(env: Env): JudgeModel[] {
  const raw = env.EXTRA_JUDGES ?? '';
  let judges = extraJudgesCache.get(raw);
  if (!judges) {
    const result = parseExtraJudges(raw, TAKEN_IDS);
    for (const error of result.errors) console.error(`[judges] ${error}`);
    judges = result.judges;
    extraJudgesCache.set(raw, judges);
  }
  return judges;
}

export function offlineJudgesMode(env: Env): OfflineJudgesMode {
  return readSettings(env).OFFLINE_JUDGES;
}

/** Built-in + EXTRA_JUDGES + offline baselines, whether or not they can run here. */
export function allJudgeModels(env: Env): JudgeModel[] {
  return [...BUILTIN_JUDGES, ...extraJudges(env), ...OFFLINE_JUDGE_MODELS];
}

/**
 * Judges that can be put in a battle now: active LLM judges whose provider is configured, plus the offline
 * baselines per OFFLINE_JUDGES ("auto": only while fewer than two LLM judges are available).
 */
export function availableJudgeModels(env: Env): JudgeModel[] {
  const disabled = disabledJudgeIds(env);
  const llm = allJudgeModels(env).filter(
    (m) => m.kind === 'llm' && m.active && !disabled.has(m.id) && isProviderConfigured(env, m.provider),
  );
  const mode = offlineJudgesMode(env);
  const withOffline = mode === 'on' || (mode === 'auto' && llm.length < 2);
  return withOffline ? [...llm, ...OFFLINE_JUDGE_MODELS] : llm;
}

/** DISABLED_JUDGES: comma-separated ids an operator takes out of pairing without a code change (e.g. a retired model). */
export function disabledJudgeIds(env: Env): Set<string> {
  return new Set(readSettings(env).DISABLED_JUDGES);
}

export function findJudgeModel(env: Env, id: string): JudgeModel | undefined {
  return allJudgeModels(env).find((m) => m.id === id);
}

/** Whether this deployment has LLM judges, i.e. battles that cost money. */
export function hasPaidJudges(env: Env): boolean {
  return availableJudgeModels(env).some((m) => m.kind === 'llm');
}
