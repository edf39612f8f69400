// One simulated visitor: the API calls of a round (battle → stream → vote) and the baseline request, each sent
// with the visitor's own CF-Connecting-IP (wrangler dev keeps a client-supplied one), so visitor ids differ.
import { parseSse } from '../support/sse';

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
    const response = await fetch(`${this.baseUrl}/api/battles/${battleId}/stream`);
    if (response.status !== 200) throw new Error(`stream answered ${response.status}: ${await response.text()}`);
    const events = parseSse(await response.text());
    return events.filter((e) => e.event === 'judgment').length === 2 && events.at(-1)?.event === 'done';
  }

  async vote(battleId: string, choice: VoteChoice, idempotencyKey: string): Promise<VoteReply> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/api/battles/${battleId}/vote`, {
      method: 'POST',
      headers: this.headers({ 'Idempotency-Key': idempotencyKey }),
      body: JSON.stringify({ choice }),
    });
    const body = (await response.json()) as { choice?: string; error?: { code?: string } };
    const latencyMs = performance.now() - started;
    return { status: response.status, choice: body.choice, code: body.error?.code, latencyMs };
  }

  /** The baseline: one request through a Durable Object that does one D1 insert. Returns its latency. */
  async baseline(): Promise<number> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/__baseline`, { method: 'POST', headers: this.headers() });
    const body = (await response.json()) as { ok?: boolean };
    if (response.status !== 200 || body.ok !== true) throw new Error(`baseline answered ${response.status}`);
    return performance.now() - started;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'Content-Type': 'application/json', 'CF-Connecting-IP': this.ip, ...extra };
  }

  private async json<T>(method: string, path: string, body: unknown, expected: number): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: this.headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== expected) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }
}
