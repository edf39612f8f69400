// Choosing the two judges of a battle. Pure: the candidates and a random source come in, a pair goes out.

export interface PairingCandidate {
  id: string;
  /** Counted votes so far; judges with fewer votes are paired more often so every judge gets a usable interval. */
  votes: number;
}

export interface PairingOptions {
  /** Ids that must not be chosen (e.g. judges already in the battle, for failover). */
  exclude?: readonly string[];
  /** A pair to avoid when any other pair is possible (regenerate asks for a fresh pair). */
  avoidPair?: readonly [string, string];
}

/**
 * Sampling weight of a judge: 1/√(1+votes). A new judge is drawn about 30× as often as one with 1,000 votes,
 * yet a well-known judge still appears regularly, which keeps the comparisons connected.
 */
export function pairingWeight(votes: number): number {
  return 1 / Math.sqrt(1 + Math.max(0, votes));
}

/** Picks one candidate at random, proportionally to its pairing weight. */
export function pickWeighted<T extends PairingCandidate>(candidates: readonly T[], random: () => number): T | undefined {
  if (candidates.length === 0) return undefined;
  const weights = candidates.map((c) => pairingWeight(c.votes));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < candidates.length; i++) {
    r -= weights[i];
    if (r < 0) return candidates[i];
  }
  return candidates[candidates.length - 1];
}

/**
 * Two different judges in random A/B order, or null when fewer than two are available.
 * Both are drawn by weight, so the order of `candidates` does not matter.
 */
export function choosePair(
  candidates: readonly PairingCandidate[],
  random: () => number = Math.random,
  options: PairingOptions = {},
): [a: string, b: string] | null {
  const exclude = new Set(options.exclude ?? []);
  const pool = dedupe(candidates).filter((c) => !exclude.has(c.id));
  if (pool.length < 2) return null;
  const canAvoid = options.avoidPair && pool.length > 2;
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = pickWeighted(pool, random)!;
    const second = pickWeighted(
      pool.filter((c) => c.id !== first.id),
      random,
    )!;
    if (canAvoid && samePair([first.id, second.id], options.avoidPair!)) continue;
    return random() < 0.5 ? [first.id, second.id] : [second.id, first.id];
  }
  // Extremely unlikely after 20 weighted draws: take the first pair that is not the avoided one.
  for (let i = 0; i < pool.length; i++)
    for (let j = i + 1; j < pool.length; j++)
      if (!samePair([pool[i].id, pool[j].id], options.avoidPair!)) return [pool[i].id, pool[j].id];
  return null;
}

function samePair(p: readonly [string, string], q: readonly [string, string]): boolean {
  return (p[0] === q[0] && p[1] === q[1]) || (p[0] === q[1] && p[1] === q[0]);
}

function dedupe(candidates: readonly PairingCandidate[]): PairingCandidate[] {
  const seen = new Map<string, PairingCandidate>();
  for (const c of candidates) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}
