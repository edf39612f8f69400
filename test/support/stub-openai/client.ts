// Helpers for tests running in the worker: unique stub model names, the stub's call log, and an Env whose
// `local` provider points at the stub with one EXTRA_JUDGES judge per requested model.
import { env } from 'cloudflare:workers';

const baseEnv = env as unknown as Env;

export function stubUrl(): string {
  return baseEnv.STUB_OPENAI_URL;
}

/** "<behaviour>:<random tag>": the stub acts on the behaviour; the tag keeps call counts per test. */
export function stubModel(behaviour: string): string {
  return `${behaviour}:${crypto.randomUUID().slice(0, 8)}`;
}

export async function stubCalls(model: string): Promise<number> {
  const res = await fetch(`${stubUrl()}/__calls?model=${encodeURIComponent(model)}`);
  return ((await res.json()) as { calls: number }).calls;
}

export interface StubRequest {
  body: {
    model: string;
    stream?: boolean;
    temperature?: number;
    max_tokens?: number;
    response_format?: { type: string };
    stream_options?: { include_usage?: boolean };
    messages: { role: string; content: string }[];
  };
  authorization: string | null;
}

export async function stubLastRequest(model: string): Promise<StubRequest | null> {
  const res = await fetch(`${stubUrl()}/__last?model=${encodeURIComponent(model)}`);
  return (await res.json()) as StubRequest | null;
}

export interface StubJudgeSpec {
  id: string;
  providerModel: string;
  supportsJsonMode?: boolean;
  supportsStreamUsage?: boolean;
  name?: string;
  organization?: string;
}

/**
 * The test env plus: LOCAL_LLM_BASE_URL at the stub, EXTRA_JUDGES with the given judges (provider `local`),
 * OFFLINE_JUDGES off, and any overrides (e.g. short timeouts).
 */
export function stubEnv(judges: StubJudgeSpec[], overrides: Partial<Env> = {}): Env {
  const entries = judges.map((j) => ({
    id: j.id,
    name: j.name ?? `Stub ${j.id}`,
    organization: j.organization ?? 'Stub Labs',
    license: 'MIT',
    provider: 'local',
    providerModel: j.providerModel,
    supportsJsonMode: j.supportsJsonMode ?? true,
    ...(j.supportsStreamUsage !== undefined ? { supportsStreamUsage: j.supportsStreamUsage } : {}),
  }));
  return {
    ...baseEnv,
    LOCAL_LLM_BASE_URL: `${stubUrl()}/v1`,
    LOCAL_LLM_API_KEY: 'stub-key',
    EXTRA_JUDGES: JSON.stringify(entries),
    OFFLINE_JUDGES: 'off',
    ...overrides,
  };
}

export interface StubConnections {
  /** Open connections to the stub, whoever made them. */
  open: number;
  /** Open connections whose request named a model containing the string asked about. */
  matching: number;
  /** The most such connections open at once since the string was first asked about. */
  peak: number;
}

/** Connections to the stub still open; ask once before the work starts so that `peak` covers it. */
export async function stubConnections(modelContains: string): Promise<StubConnections> {
  const res = await fetch(`${stubUrl()}/__connections?contains=${encodeURIComponent(modelContains)}`);
  return (await res.json()) as StubConnections;
}
