// Request validation at the edge: every body, query and path parameter goes through a zod schema with
// @hono/zod-validator, and every failure becomes an ApiError that says what to fix (never zod's raw output).
import type { MiddlewareHandler } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type * as z from '../shared/zod';
import { ApiError } from '../errors';

type Target = 'json' | 'query' | 'param';

/**
 * Validates one part of the request with `schema`; the handler reads the result with `c.req.valid(target)`.
 * A failure is 400 invalid_body / invalid_query naming the field (413 too_long for a text over its limit), or
 * whatever `onInvalid` returns (e.g. a 404 for a path id that cannot name anything).
 */
export function validate<T extends Target, S extends z.ZodMiniType>(target: T, schema: S, onInvalid?: () => ApiError) {
  const validator = zValidator(target, schema, (result) => {
    if (!result.success) throw onInvalid?.() ?? validationError(result.error.issues, target === 'json' ? 'body' : 'query');
  });
  // Tagged with its schema, so a test can check each route validates with the schema its OpenAPI entry names.
  return Object.assign(validator, { validates: { target, schema } });
}

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Reads a JSON body before `validate('json', …)` sees it: 415 unless it is sent as JSON, 400 for bytes that are
 * not UTF-8 (Hono would decode them leniently, into replacement characters) or text that is not JSON.
 * Its size has been checked by limitBodySize already.
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0].trim();
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with the header Content-Type: application/json.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true } as TextDecoderConstructorOptions).decode(await c.req.arrayBuffer());
  } catch {
    throw new ApiError(400, 'invalid_encoding', 'The request body is not valid UTF-8 text.');
  }
  try {
    JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  // The validator then reads c.req.json(): Hono decodes the same cached bytes again, now known to be UTF-8.
  await next();
};

function validationError(issues: readonly z.core.$ZodIssue[], where: 'body' | 'query'): ApiError {
  // A field over its length limit is "content too large": say which field and what the limit is.
  const tooLong = issues.find((i) => i.code === 'too_big' && i.origin === 'string');
  if (tooLong) return new ApiError(413, 'too_long', describeIssue(tooLong));
  return new ApiError(400, where === 'body' ? 'invalid_body' : 'invalid_query', issues.slice(0, 3).map(describeIssue).join('; '));
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
