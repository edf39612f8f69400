// Content addresses of a prompt (sample text + rubric): each text's SHA-256, and the prompt hash over them.
// Pure apart from WebCrypto; the one definition of these hashes (see the header of src/db/schema.ts).
import type { Rubric } from '../judges/types';

/** What a judge grades: the sample's texts and the rubric. */
export interface PromptContent {
  input: string;
  response: string;
  reference?: string | null;
  rubric: Rubric;
}

export interface StoredText {
  hash: string;
  body: string;
}

/** A prompt ready to store: its hash, the hash of each part, and the distinct texts behind them. */
export interface AddressedPrompt {
  hash: string;
  inputHash: string;
  responseHash: string;
  referenceHash: string | null;
  rubricHash: string;
  texts: StoredText[];
}

export async function sha256Hex(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The rubric as stored: fixed key order, so the same rubric always has the same hash. */
export function rubricJson(rubric: Rubric): string {
  return JSON.stringify({ criteria: rubric.criteria, scores: rubric.scores });
}

export async function addressPrompt(content: PromptContent): Promise<AddressedPrompt> {
  const reference = content.reference ?? null;
  const rubric = rubricJson(content.rubric);
  const [inputHash, responseHash, rubricHash, referenceHash] = await Promise.all([
    sha256Hex(content.input),
    sha256Hex(content.response),
    sha256Hex(rubric),
    reference === null ? null : sha256Hex(reference),
  ]);
  // This array's order is the definition of the prompt hash; a new part (a format) would go at the end.
  const hash = await sha256Hex(JSON.stringify([inputHash, responseHash, referenceHash, rubricHash]));
  const texts = new Map([
    [inputHash, content.input],
    [responseHash, content.response],
    [rubricHash, rubric],
  ]);
  if (referenceHash !== null && reference !== null) texts.set(referenceHash, reference);
  return {
    hash,
    inputHash,
    responseHash,
    referenceHash,
    rubricHash,
    texts: [...texts].map(([textHash, body]) => ({ hash: textHash, body })),
  };
}
