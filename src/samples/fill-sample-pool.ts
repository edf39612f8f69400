// The hourly job that feeds the random-sample pool: SAMPLE_GENERATOR writes SAMPLE_GENERATOR_PER_HOUR samples, each
// one paid call taken from the daily ceiling first, so what the generator spends is fixed by the hour and never
// grows with requests. While the arena rests (ceiling spent) it calls nothing.
import { readSettings } from '../config';
import { database } from '../db/client';
import { generateSample, isSampleGeneratorConfigured } from '../judges/generators';
import { takePaidCall } from '../judges/paid-calls';
import { addPooledSample, trimSamplePool } from './sample-pool';

/** Returns how many samples were added. */
export async function fillSamplePool(env: Env): Promise<number> {
  const settings = readSettings(env);
  if (settings.SAMPLE_GENERATOR_PER_HOUR === 0 || !isSampleGeneratorConfigured(env)) return 0;
  const db = database(env.DB);
  let added = 0;
  for (let i = 0; i < settings.SAMPLE_GENERATOR_PER_HOUR; i++) {
    if (!(await takePaidCall(db, settings, Date.now()))) break;
    const result = await generateSample(env);
    if (!result.ok) {
      // A generator that fails now will likely fail again: stop spending until the next hour.
      console.warn('sample generator failed', { kind: result.failure.kind, detail: result.failure.detail });
      break;
    }
    await addPooledSample(db, result.sample, Date.now());
    added++;
  }
  if (added > 0) await trimSamplePool(db, settings.SAMPLE_POOL_SIZE);
  return added;
}
