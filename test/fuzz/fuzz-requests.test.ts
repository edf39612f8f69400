// The request generator itself: reproducible from its seed, sendable for any seed, and varied enough to cover
// every endpoint and every family of malformation.
import { describe, expect, it } from 'vitest';
import { FuzzRandom } from './fuzz-random';
import { ENDPOINTS, generateRequests, type FuzzRequest } from './fuzz-requests';
import { resolvePath, toRequest, type KnownIds } from './send-fuzz-request';

const IDS: KnownIds = { battles: ['0f8b2a4e-3c1d-4e5f-9a6b-7c8d9e0f1a2b', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'], judges: ['offline-reference-overlap'] };

/** A comparable fingerprint of a request (bodies by kind, size and a prefix). */
function fingerprint(req: FuzzRequest): string {
  const body = !req.body
    ? ''
    : req.body.kind === 'text'
      ? `${req.body.text.length}:${req.body.text.slice(0, 50)}`
      : req.body.kind === 'bytes'
        ? `${req.body.bytes.length}:${req.body.bytes.slice(0, 50).join(',')}`
        : `${req.body.chunks.length} chunks`;
  return JSON.stringify([req.endpoint, req.method, req.path, req.battle, req.judge, req.headers, body, req.notes]);
}

describe('fuzz request generator', () => {
  it('gives the same requests for the same seed and other requests for another seed', () => {
    const a = generateRequests(new FuzzRandom(7), 200).map(fingerprint);
    const b = generateRequests(new FuzzRandom(7), 200).map(fingerprint);
    const c = generateRequests(new FuzzRandom(8), 200).map(fingerprint);
    expect(b).toEqual(a);
    expect(c.filter((f, i) => f === a[i]).length).toBeLessThan(20);
  });

  it('only makes requests that can be sent, for many seeds', () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const req of generateRequests(new FuzzRandom(seed), 150, 0, { adminConfigured: seed % 2 === 0 })) {
        expect(() => toRequest(req, resolvePath(req, IDS)), `seed ${seed} request #${req.seq}`).not.toThrow();
      }
    }
  });

  it('covers every endpoint and every family of malformation', () => {
    const requests = generateRequests(new FuzzRandom(42), 1_500);
    for (const endpoint of ENDPOINTS) expect(requests.some((r) => r.endpoint === endpoint), endpoint).toBe(true);
    const notes = requests.flatMap((r) => r.notes).join('\n');
    for (const family of [
      'body: valid',
      'body: mutated field',
      'body: mutated shape',
      'body: duplicate key',
      'body: broken JSON',
      'body: invalid UTF-8',
      'body: UTF-8 BOM',
      'body: UTF-16LE',
      'body: NUL bytes',
      'body: random bytes',
      'body: JSON with a non-JSON content type',
      'body: JSON without a content type',
      'body: form-encoded body',
      'body: multipart body',
      'body: oversize (',
      'body: oversize field',
      'body: exactly at the body limit',
      'body: oversize streamed body',
      'body: streamed body',
      'body: no body',
      'method PUT',
      'method DELETE',
      'method PATCH',
      'method OPTIONS',
      'method HEAD',
      'path trailing slash',
      'path double slashes',
      'path dot segment',
      'path very long suffix',
      'battle id %00',
      'battle id ..',
      'battle id nul-suffixed',
      'query ?reference=maybe',
      'no cf-connecting-ip',
      'Idempotency-Key',
      'Authorization Bearer',
      'client hangs up after the first chunk',
    ]) {
      expect(notes, `no request with "${family}"`).toContain(family);
    }
    // Both real battles and made-up ids, so that validation and real rows are both reached.
    expect(requests.filter((r) => r.battle?.form === 'exact').length).toBeGreaterThan(50);
  });
});
