// Content addresses of a prompt (sample text + rubric, in one format): each text's SHA-256, and the prompt hash over
// them. Pure apart from WebCrypto; the one definition of these hashes (see the header of src/db/schema/content.ts).
import { sha256Hex } from '../crypto/sha256';
import type { BinaryRubric, JudgeFormat, PairwiseRubric, Rubric } from '../shared/request-schemas';

interface SharedContent {
  input: string;
  reference?: string | null;
}

/** What a judge grades: the sample's texts and the rubric, in one format (no format: likert, as before formats). */
export type PromptContent = SharedContent &
  (
    | { format?: 'likert'; response: string; rubric: Rubric }
    | { format: 'binary'; response: string; rubric: BinaryRubric }
    /** [first, second] in the visitor's order. */
    | { format: 'pairwise'; responses: readonly [string, string]; rubric: PairwiseRubric }
  );

export interface StoredText {
  hash: string;
  body: string;
}

/** A prompt ready to store: its hash, the hash of each part, and the distinct texts behind them. */
export interface AddressedPrompt {
  hash: string;
  inputHash: string;
  /** pairwise: the hash of responseBody's JSON array [first, second]. */
  responseHash: string;
  referenceHash: string | null;
  rubricHash: string;
  texts: StoredText[];
}

export function formatOf(content: { format?: JudgeFormat }): JudgeFormat {
  return content.format ?? 'likert';
}

/** The rubric as stored: fixed key order per format (told apart by its fields), so the same rubric always has the same hash. */
export function rubricJson(rubric: Rubric | BinaryRubric | PairwiseRubric): string {
  if ('scores' in rubric) return JSON.stringify({ criteria: rubric.criteria, scores: rubric.scores });
  if ('pass' in rubric) return JSON.stringify({ criteria: rubric.criteria, pass: rubric.pass, fail: rubric.fail });
  return JSON.stringify({ criteria: rubric.criteria });
}

/** The prompt's "response" text: the response, or for pairwise the JSON array of both (stored as one text). */
function responseBody(content: PromptContent): string {
  return content.format === 'pairwise' ? JSON.stringify([content.responses[0], content.responses[1]]) : content.response;
}

/** The two responses of a pairwise prompt from its stored response text. */
export function pairwiseResponses(body: string): [string, string] {
  const parsed: unknown = JSON.parse(body);
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((r) => typeof r === 'string')) {
    throw new Error('a pairwise prompt whose response text is not [first, second]');
  }
  return [parsed[0], parsed[1]];
}

export async function addressPrompt(content: PromptContent): Promise<AddressedPrompt> {
  const reference = content.reference ?? null;
  const rubric = rubricJson(content.rubric);
  const response = responseBody(content);
  const format = formatOf(content);
  const [inputHash, responseHash, rubricHash, referenceHash] = await Promise.all([
    sha256Hex(content.input),
    sha256Hex(response),
    sha256Hex(rubric),
    reference === null ? null : sha256Hex(reference),
  ]);
  // This array's order is the definition of the prompt hash. A likert prompt's is unchanged since before formats;
  // the other formats' end with the format, so no two formats share a prompt.
  const parts = [inputHash, responseHash, referenceHash, rubricHash, ...(format === 'likert' ? [] : [format])];
  const hash = await sha256Hex(JSON.stringify(parts));
  const texts = new Map([
    [inputHash, content.input],
    [responseHash, response],
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
