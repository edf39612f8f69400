// Request bodies for the fuzzer: a valid body with one thing wrong, broken JSON, broken encodings, the wrong
// content type, oversize bodies and streamed bodies. Each comes with the Content-Type it is sent with.
import type { FuzzRandom } from './fuzz-random';
import { oddKey, oddString, oddValue } from './odd-values';

/** The API refuses bodies over this many bytes (src/shared/limits.ts maxBodyBytes). */
export const BODY_LIMIT_BYTES = 256 * 1024;

export type FuzzBody =
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  /**
   * Sent as a ReadableStream, so the request has no Content-Length. When the API answers without reading it
   * (404, 415, …), workerd logs "read end of pipe was aborted": expected noise, not a failure.
   */
  | { kind: 'stream'; chunks: Uint8Array[] };

export interface BodyPlan {
  body?: FuzzBody;
  /** undefined: no Content-Type header at all. */
  contentType?: string;
  note: string;
}

const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON',
  'application/json;charset=UTF-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json-patch+json',
  '  application/json  ',
];

const NON_JSON_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'application/xml',
  'application/jsonx',
  'application/javascript',
  'json',
  '*/*',
  '',
  'application/octet-stream',
  'text/json',
  ';;;',
];

const BROKEN_JSON = [
  '',
  ' ',
  '\n\t\r ',
  'null',
  'true',
  '0',
  '-',
  '"just a string"',
  '[]',
  '{}',
  '{',
  '}',
  '[',
  'NaN',
  'undefined',
  "{'input': 'single quotes'}",
  '{"a":1,}',
  '/* comment */ {}',
  '{"input":"unterminated',
  '{"input": "bad escape \\x41"}',
  '{"input": "\\ud800"}',
  '\u0000',
  '{"choice":"A"}{"choice":"B"}',
  '{input: "unquoted key"}',
  '0x1F',
  '1e999999',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
];

const encoder = new TextEncoder();

/** A body for an endpoint whose valid body is `valid`. */
export function fuzzBody(r: FuzzRandom, valid: Record<string, unknown>): BodyPlan {
  const kind = r.weighted<() => BodyPlan>([
    [22, () => json(r, valid, 'valid')],
    [22, () => json(r, mutateField(r, valid), 'mutated field')],
    [10, () => json(r, mutateShape(r, valid), 'mutated shape')],
    [6, () => text(r, duplicateKey(r, valid), 'duplicate key')],
    [12, () => text(r, brokenJson(r, valid), 'broken JSON')],
    [8, () => badEncoding(r, valid)],
    [8, () => wrongContentType(r, valid)],
    [5, () => oversize(r, valid)],
    [4, () => streamed(r, valid)],
    [3, () => ({ contentType: r.chance(0.5) ? 'application/json' : undefined, note: 'no body' })],
  ]);
  return kind();
}

/** A body for an endpoint that takes none (regenerate, refresh): mostly none, sometimes junk. */
export function bodyForBodylessEndpoint(r: FuzzRandom): BodyPlan {
  if (r.chance(0.6)) return { note: 'no body' };
  return fuzzBody(r, { unexpected: oddValue(r) });
}

function json(r: FuzzRandom, value: unknown, note: string): BodyPlan {
  return text(r, JSON.stringify(value) ?? 'null', note);
}

function text(r: FuzzRandom, body: string, note: string): BodyPlan {
  return { body: { kind: 'text', text: body }, contentType: r.chance(0.7) ? 'application/json' : r.pick(JSON_TYPES), note };
}

/** Every path (up to 4 deep) to a leaf or container in a JSON value, e.g. ['rubric', 'scores', 2]. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if (prefix.length >= 4) return paths;
  if (Array.isArray(value)) value.forEach((v, i) => paths.push([...prefix, i], ...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  return paths;
}

/** A deep copy of `valid` with one field (anywhere) replaced by an odd value, or removed. */
function mutateField(r: FuzzRandom, valid: Record<string, unknown>): unknown {
  const copy = structuredClone(valid);
  const paths = pathsOf(copy);
  if (paths.length === 0) return { [oddKey(r)]: oddValue(r) };
  const path = r.pick(paths);
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  const key = path[path.length - 1];
  if (r.chance(0.15)) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    parent[key] = r.chance(0.5) ? oddString(r) : oddValue(r);
  }
  return copy;
}

/** The valid body with its shape broken: wrapped, replaced, or with an unknown field. */
function mutateShape(r: FuzzRandom, valid: Record<string, unknown>): unknown {
  switch (r.int(0, 4)) {
    case 0:
      return [valid];
    case 1:
      return { data: valid };
    case 2:
      return oddValue(r);
    case 3: {
      // defineProperty, because assigning "__proto__" would set the prototype instead of adding a key.
      const copy: Record<string, unknown> = structuredClone(valid);
      Object.defineProperty(copy, oddKey(r), { value: oddValue(r), enumerable: true, configurable: true, writable: true });
      return copy;
    }
    default:
      return {};
  }
}

/** Valid JSON text with one key repeated with another value; JSON.parse keeps the last one. */
function duplicateKey(r: FuzzRandom, valid: Record<string, unknown>): string {
  const keys = Object.keys(valid);
  const key = keys.length ? r.pick(keys) : 'x';
  const base = JSON.stringify(valid);
  const extra = `${JSON.stringify(key)}:${JSON.stringify(oddValue(r)) ?? 'null'}`;
  return base === '{}' ? `{${extra}}` : `${base.slice(0, -1)},${extra}}`;
}

function brokenJson(r: FuzzRandom, valid: Record<string, unknown>): string {
  const good = JSON.stringify(valid);
  switch (r.int(0, 5)) {
    case 0:
      return good.slice(0, r.int(0, Math.max(0, good.length - 1)));
    case 1: {
      // Garble a few characters with JSON's structural ones.
      const chars = [...good];
      for (let n = r.int(1, 4); n > 0; n--) chars[r.int(0, chars.length - 1)] = r.pick(['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'x']);
      return chars.join('');
    }
    case 2:
      return good + r.pick(['garbage', '}', ',', ' {}', '\u0000']);
    case 3: {
      const depth = r.int(1_000, 100_000);
      return r.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth);
    }
    case 4:
      return r.chars('{}[]":,\\ abc01-+.eE', r.int(1, 300));
    default:
      return r.pick(BROKEN_JSON);
  }
}

function badEncoding(r: FuzzRandom, valid: Record<string, unknown>): BodyPlan {
  const good = JSON.stringify(valid);
  const bytes = encoder.encode(good);
  const contentType = r.chance(0.8) ? 'application/json' : r.pick(JSON_TYPES);
  switch (r.int(0, 4)) {
    case 0: {
      // Invalid UTF-8 inside the first string value (or anywhere, if there is none).
      const at = Math.max(0, good.indexOf('":"') + 3);
      const bad = r.pick([[0xe9] /* Latin-1 é */, [0xff], [0xfe, 0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]]);
      return { body: { kind: 'bytes', bytes: concat(bytes.slice(0, at), new Uint8Array(bad), bytes.slice(at)) }, contentType, note: 'invalid UTF-8' };
    }
    case 1:
      return { body: { kind: 'bytes', bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes) }, contentType, note: 'UTF-8 BOM' };
    case 2: {
      const utf16 = new Uint8Array(good.length * 2);
      for (let i = 0; i < good.length; i++) {
        utf16[2 * i] = good.charCodeAt(i) & 0xff;
        utf16[2 * i + 1] = good.charCodeAt(i) >> 8;
      }
      const bom = r.chance(0.5) ? new Uint8Array([0xff, 0xfe]) : new Uint8Array();
      return { body: { kind: 'bytes', bytes: concat(bom, utf16) }, contentType, note: 'UTF-16LE' };
    }
    case 3: {
      const withNul = new Uint8Array(bytes);
      for (let n = r.int(1, 3); n > 0 && withNul.length; n--) withNul[r.int(0, withNul.length - 1)] = 0;
      return { body: { kind: 'bytes', bytes: withNul }, contentType, note: 'NUL bytes' };
    }
    default:
      return { body: { kind: 'bytes', bytes: r.bytes(r.int(1, 2_000)) }, contentType, note: 'random bytes' };
  }
}

function wrongContentType(r: FuzzRandom, valid: Record<string, unknown>): BodyPlan {
  const good = JSON.stringify(valid);
  switch (r.int(0, 3)) {
    case 0:
      return { body: { kind: 'text', text: good }, contentType: r.pick(NON_JSON_TYPES), note: 'JSON with a non-JSON content type' };
    case 1:
      return { body: { kind: 'text', text: good }, note: 'JSON without a content type' };
    case 2: {
      // URLSearchParams, not encodeURIComponent, which throws on lone surrogates.
      const form = new URLSearchParams(Object.entries(valid).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : String(JSON.stringify(v))])).toString();
      return { body: { kind: 'text', text: form }, contentType: r.pick(['application/x-www-form-urlencoded', 'application/json']), note: 'form-encoded body' };
    }
    default: {
      const parts = Object.entries(valid)
        .map(([k, v]) => `------fuzz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`)
        .join('');
      return {
        body: { kind: 'text', text: `${parts}------fuzz--\r\n` },
        contentType: r.pick(['multipart/form-data; boundary=----fuzz', 'application/json']),
        note: 'multipart body',
      };
    }
  }
}

function oversize(r: FuzzRandom, valid: Record<string, unknown>): BodyPlan {
  const good = JSON.stringify(valid);
  switch (r.int(0, 3)) {
    case 0: {
      // Valid JSON padded with whitespace past the limit: refused by size alone.
      const size = r.int(BODY_LIMIT_BYTES + 1, BODY_LIMIT_BYTES * 3);
      return { body: { kind: 'text', text: good + ' '.repeat(Math.max(0, size - good.length)) }, contentType: 'application/json', note: `oversize (${size} bytes)` };
    }
    case 1: {
      const key = Object.keys(valid)[0] ?? 'input';
      return { body: { kind: 'text', text: JSON.stringify({ ...valid, [key]: 'z'.repeat(r.int(BODY_LIMIT_BYTES, BODY_LIMIT_BYTES * 2)) }) }, contentType: 'application/json', note: 'oversize field' };
    }
    case 2: {
      // Exactly at the limit: allowed through the size check.
      return { body: { kind: 'text', text: good + ' '.repeat(Math.max(0, BODY_LIMIT_BYTES - good.length)) }, contentType: 'application/json', note: 'exactly at the body limit' };
    }
    default: {
      const chunk = encoder.encode(' '.repeat(64 * 1024));
      const chunks = [encoder.encode(good), ...Array.from({ length: r.int(4, 8) }, () => chunk)];
      return { body: { kind: 'stream', chunks }, contentType: 'application/json', note: 'oversize streamed body (no Content-Length)' };
    }
  }
}

function streamed(r: FuzzRandom, valid: Record<string, unknown>): BodyPlan {
  const bytes = encoder.encode(JSON.stringify(valid));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const next = Math.min(bytes.length, at + r.int(1, 64));
    chunks.push(bytes.slice(at, next));
    at = next;
  }
  return { body: { kind: 'stream', chunks }, contentType: 'application/json', note: 'streamed body (no Content-Length)' };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Size of a body in bytes, for reports. */
export function bodyByteLength(body: FuzzBody): number {
  if (body.kind === 'text') return encoder.encode(body.text).length;
  if (body.kind === 'bytes') return body.bytes.length;
  return body.chunks.reduce((n, c) => n + c.length, 0);
}
