// Setup file of the Node-run projects, which run with `isolate: false` (one worker process serves many test files
// instead of a new one per file, which cost ~0.4 s of CPU a file). What a new process would give each file, it
// gets here: its own fresh copy of every module (so a `vi.mock` or a module-level cache of one file cannot reach
// the next), and real timers. Vitest itself restores spies and mocks between files.
import { afterAll, vi } from 'vitest';

vi.resetModules();
afterAll(() => {
  vi.useRealTimers();
});
