// Setup file of the Workers project, which runs with `isolate: false`: one workerd serves many test files instead of
// a new one per file (which cost ~1.7 s of CPU a file). What a new workerd would give each file, it gets here:
// Durable Objects stopped and their storage deleted (a judging run of the previous file cannot write into this
// one's data), D1 with the migrations applied and no rows, KV empty, and fresh modules (no module-level cache of
// one file reaches the next). Not the rate limiters: their per-minute counts outlive a file and nothing here can
// empty them, so api() and fetchWith() send each file's requests from addresses of its own (fileIp, api.ts).
import { abortAllDurableObjects, applyD1Migrations, reset, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, vi } from 'vitest';

const testEnv = env as unknown as Env & { TEST_MIGRATIONS: D1Migration[] };

await abortAllDurableObjects();
await reset();
await applyD1Migrations(testEnv.DB, testEnv.TEST_MIGRATIONS);
const { results: tables } = await testEnv.DB.prepare(
  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'",
).all<{ name: string }>();
if (tables.length > 0) await testEnv.DB.batch(tables.map(({ name }) => testEnv.DB.prepare(`DELETE FROM "${name}"`)));
for (let cursor: string | undefined; ; ) {
  const page = await testEnv.LEADERBOARD_KV.list({ cursor });
  await Promise.all(page.keys.map((k) => testEnv.LEADERBOARD_KV.delete(k.name)));
  if (page.list_complete) break;
  cursor = page.cursor;
}
vi.resetModules();
afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks(); // letTimePass's Date.now, which the app and its Durable Objects share with the tests
});
