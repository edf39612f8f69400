// The samples of every format (likert, binary, pairwise) are served from a static asset (data/sample-bank.json):
// the worker must not carry them (its bundle has a 150 KB gzip budget). This walks the worker's runtime imports
// from its entry point (wrangler.toml `main`) and checks that none of the sample modules is reachable. Type-only
// imports are skipped: they are erased and add nothing to the bundle. The format rubric presets are in the worker
// (a battle with no rubric gets its format's default).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORKER_ENTRY = 'src/index.ts';

const SERVED_FROM_THE_BANK_ASSET = [
  'src/samples/bank.ts',
  'src/samples/public-bank.ts',
  'src/samples/format-bank.ts',
  'src/samples/format-samples.ts',

  'src/samples/bank/pairwise-coding.ts',
  'src/samples/bank/binary-coding.ts',
];

/** Relative specifiers of the runtime imports and re-exports in a TypeScript source (not `import type`). */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /\b(import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(statement)) if (!match[2]) specifiers.push(match[3]);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]);
  return specifiers.filter((s) => s.startsWith('.'));
}

function resolveModule(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/** Every source module reachable from the entry through runtime imports, as paths relative to the repository. */
function reachableModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(ROOT, file);
    if (seen.has(name)) continue;
    seen.add(name);
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const target = resolveModule(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('the worker bundle', () => {
  it('starts from the entry point wrangler.toml names', () => {
    expect(readFileSync(resolve(ROOT, 'wrangler.toml'), 'utf8')).toMatch(new RegExp(`^main = "${WORKER_ENTRY}"$`, 'm'));
  });

  it('is walked through runtime imports only', () => {
    expect(runtimeImports(`import type { A } from './a';\nimport { B } from './b';\nexport * from './c';\nimport './d';\nconst e = await import('./e');\nexport type { F } from './f';`)).toEqual(['./b', './c', './d', './e']);
  });

  it('reaches the modules the worker really uses (so the walk is not vacuous)', () => {
    const reachable = reachableModules(WORKER_ENTRY);
    expect(reachable.size).toBeGreaterThan(50);
    expect(reachable).toContain('src/samples/bank-asset.ts');
    expect(reachable).toContain('src/shared/rubric-presets.ts');
    // The walk finds the new modules when something does import them.
    expect(reachableModules('src/samples/format-bank.ts')).toContain('src/samples/bank/pairwise-coding.ts');
  });

  it('does not include the samples of any format', () => {
    const reachable = reachableModules(WORKER_ENTRY);
    for (const module of SERVED_FROM_THE_BANK_ASSET) {
      expect(existsSync(resolve(ROOT, module)), module).toBe(true);
      expect(reachable.has(module), module).toBe(false);
    }
    const bankFiles = [...reachable].filter((m) => m.startsWith('src/samples/bank/'));
    expect(bankFiles).toEqual([]);
  });
});
