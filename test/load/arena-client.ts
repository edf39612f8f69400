// One simulated visitor: the API calls of a round (battle → stream → vote) and the baseline request, each sent
// with the visitor's own CF-Connecting-IP (wrangler dev keeps a client-supplied one), so visitor ids differ.
import { isDevProxyRestart } from '../support/dev-proxy-restart';
import { parseSse } from '../support/sse';

/** wrangler dev's own 503s (test/support/dev-proxy-restart.ts), retried and counted apart from the worker's answers. */
export const devProxyRestarts = { count: 0 };
const DEV_PROXY_ATTEMPTS = 3;

export type VoteChoice = 'A' | 'B' | 'tie' | 'both_bad';
export const VOTE_CHOICES: readonly VoteChoice[] = ['A', 'B', 'tie', 'both_bad'];

export interface LoadSample {
  id: string;
  input: string;
  response: string;
}

export interface VoteReply {
  status: number;
  /** The confirmed choice of a 200 answer. */
  choice?: string;
  code?: string;
  latencyMs: number;
}

export class ArenaClient {
  constructor(
    private readonly baseUrl: string,
    readonly ip: string,
  ) {}

  async randomSample(): Promise<LoadSample> {
    const body = await this.json<{ sample: LoadSample }>('GET', '/api/samples/random', undefined, 200);
    return body.sample;
  }

  async createBattle(sample: LoadSample): Promise<string> {
    const body = await this.json<{ battle: { id: string } }>(
      'POST',
      '/api/battles',
      { sampleId: sample.id, input: sample.input, response: sample.response },
      201,
    );
    return body.battle.id;
  }

  /** Reads the judges' stream to its end; true when both judges finished (the battle can be voted on). */
  async streamToEnd(battleId: string): Promise<boolean> {
    const response = await this.send('GET', `/api/battles/${battleId}/stream`);
    if (response.status !== 200) throw new Error(`stream answered ${response.status}: ${response.text}`);
    const events = parseSse(response.text);
    return events.filter((e) => e.event === 'judgment').length === 2 && events.at(-1)?.event === 'done';
  }

  async vote(battleId: string, choice: VoteChoice, idempotencyKey: string): Promise<VoteReply> {
    const started = performance.now();
    // A retried vote carries the same Idempotency-Key, so it is acknowledged (and stored) once whatever happened.
    const response = await this.send('POST', `/api/battles/${battleId}/vote`, JSON.stringify({ choice }), { 'Idempotency-Key': idempotencyKey });
    const body = JSON.parse(response.text) as { choice?: string; error?: { code?: string } };
    const latencyMs = performance.now() - started;
    return { status: response.status, choice: body.choice, code: body.error?.code, latencyMs };
  }

  /** The baseline: one request through a Durable Object that does one D1 insert. Returns its latency. */
  async baseline(): Promise<number> {
    const started = performance.now();
    const response = await this.send('POST', '/__baseline');
    const body = JSON.parse(response.text) as { ok?: boolean };
    if (response.status !== 200 || body.ok !== true) throw new Error(`baseline answered ${response.status}`);
    return performance.now() - started;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'Content-Type': 'application/json', 'CF-Connecting-IP': this.ip, ...extra };
  }

  private async json<T>(method: string, path: string, body: unknown, expected: number): Promise<T> {
    const { status, text } = await this.send(method, path, body === undefined ? undefined : JSON.stringify(body));
    if (status !== expected) throw new Error(`${method} ${path} answered ${status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  /** One request, read to the end; wrangler dev's own 503 is retried (and counted), any other answer returned. */
  private async send(method: string, path: string, body?: string, extra: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${this.baseUrl}${path}`, { method, headers: this.headers(extra), body });
      const text = await response.text();
      if (!isDevProxyRestart(response.status, text) || attempt === DEV_PROXY_ATTEMPTS) return { status: response.status, text };
      devProxyRestarts.count++;
    }
  }
}
