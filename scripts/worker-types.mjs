#!/usr/bin/env node
// Generates src/worker-configuration.d.ts (the worker's `Env`) with `wrangler types`, from wrangler.toml (bindings,
// [vars], Durable Objects) and the optional settings listed in .dev.vars.example (secrets and optional vars,
// typed as strings; every one may be absent at run time). `--check` fails if the checked-in file is stale.
// Usage: node scripts/worker-types.mjs [--check]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES_FILE = 'src/worker-configuration.d.ts';
/** Only the names matter to `wrangler types`; an explicit file also keeps a developer's own .dev.vars out. */
const NAMES_FILE = '.wrangler/types/optional-settings.env';

/** Setting names in .dev.vars.example, whether their line is commented out (`# NAME=…`) or not. */
function optionalSettingNames(example) {
  return [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
}

function generate() {
  const names = optionalSettingNames(readFileSync(join(ROOT, '.dev.vars.example'), 'utf8'));
  mkdirSync(join(ROOT, '.wrangler/types'), { recursive: true });
  writeFileSync(join(ROOT, NAMES_FILE), names.map((name) => `${name}=\n`).join(''));
  execFileSync(
    join(ROOT, 'node_modules/.bin/wrangler'),
    // Runtime types come from @cloudflare/workers-types; vars are plain strings so tests and operators may change them.
    ['types', TYPES_FILE, '--include-runtime=false', '--strict-vars=false', '--env-file', NAMES_FILE],
    { cwd: ROOT, stdio: 'pipe', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  );
  return readFileSync(join(ROOT, TYPES_FILE), 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    // wrangler 4.86's own `types --check` ignores --env-file, so regenerate and compare instead.
    const path = join(ROOT, TYPES_FILE);
    const checkedIn = readFileSync(path, 'utf8');
    const fresh = generate();
    if (fresh !== checkedIn) {
      writeFileSync(path, checkedIn);
      console.error(`${TYPES_FILE} is out of date with wrangler.toml or .dev.vars.example: run \`npm run types\` and commit it.`);
      process.exit(1);
    }
    console.log(`${TYPES_FILE} is up to date.`);
  } else {
    generate();
    console.log(`Wrote ${TYPES_FILE}.`);
  }
}
