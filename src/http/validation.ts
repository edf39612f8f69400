// Reading and validating request input at the edge: every body and query goes through a zod schema,
// and every failure becomes an ApiError that says what to fix.
import type { Context } from 'hono';
import * as z from 'zod';
import { ApiError } from '../errors';
import { LIMITS } from '../limits';

/** Parses the JSON body of `c` with `schema`; 400/413/415 with a precise message otherwise. */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type.trim())) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > LIMITS.maxBodyBytes) throw bodyTooLarge();
  let raw: string;
  try {
    const bytes = await c.req.arrayBuffer();
    if (bytes.byteLength > LIMITS.maxBodyBytes) throw bodyTooLarge();
    raw = new TextDecoder('utf-8', { fatal: true } as TextDecoderConstructorOptions).decode(bytes);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'invalid_encoding', 'The request body is not valid UTF-8 text.');
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return parseWith(schema, data, 'body');
}

/** Validates query parameters (all strings) with `schema`. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseWith(schema, c.req.query(), 'query');
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, where: 'body' | 'query'): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  // A field over its length limit is "content too large": say which field and what the limit is.
  const tooLong = issues.find((i) => i.code === 'too_big' && i.origin === 'string');
  if (tooLong) throw new ApiError(413, 'too_long', describeIssue(tooLong));
  throw new ApiError(400, where === 'body' ? 'invalid_body' : 'invalid_query', issues.slice(0, 3).map(describeIssue).join('; '));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : '(root)';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} is too long: at most ${Number(issue.maximum).toLocaleString('en')} characters`
        : `${field} is too large: at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' ? `${field} must not be empty` : `${field} is too small: at least ${issue.minimum}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${field === '(root)' ? '' : ` in ${field}`}`;
    case 'invalid_type':
      return `${field} must be ${issue.expected}`;
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

function bodyTooLarge() {
  return new ApiError(413, 'body_too_large', `The request body is larger than ${LIMITS.maxBodyBytes / 1024} KB.`);
}
