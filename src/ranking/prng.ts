// A small, fast, seeded pseudo-random generator (sfc32, seeded through splitmix32), so a bootstrap
// with the same seed gives the same intervals on every refresh. Not for anything security-related.

export interface Random {
  /** Uniform on the open interval (0, 1): never exactly 0 or 1, so log(u) is always finite. */
  next(): number;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator). The state lives in an Int32Array
 * because V8 would box 32-bit integers kept in closure variables or object fields (they do not fit
 * its 31-bit small integers), which made every draw allocate and cost ~4× more.
 */
class Sfc32 implements Random {
  private readonly state = new Int32Array(4);

  constructor(a: number, b: number, c: number) {
    this.state[0] = a;
    this.state[1] = b;
    this.state[2] = c;
    this.state[3] = 1;
    for (let i = 0; i < 12; i++) this.next(); // the generator's authors recommend discarding the first outputs
  }

  next(): number {
    const s = this.state;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return ((t >>> 0) + 0.5) * TWO_POW_MINUS_32;
  }
}

export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  // Fold both halves of a large integer seed in, so seeds above 2^32 still differ.
  const low = seed >>> 0;
  const high = Math.floor(seed / 2 ** 32) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d));
  return new Sfc32(mix(), mix(), mix());
}
