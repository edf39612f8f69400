import { DurableObject } from 'cloudflare:workers';

/** Placeholder; the real ledger serializes vote ingestion. */
export class VoteLedger extends DurableObject<Env> {
  async ping(): Promise<string> {
    return 'pong';
  }
}
