// The hourly job that feeds the random-sample pools: SAMPLE_GENERATOR writes SAMPLE_GENERATOR_PER_HOUR samples,
// spread over the three formats (pool-schedule.ts), each one paid call taken from the daily ceiling first, so what
// the generator spends is fixed by the hour and never grows with requests. While the arena rests (ceiling spent) it
// calls nothing.
import { readSettings } from '../config';
import { database } from '../db/client';
import { generateFormatSample, isSampleGeneratorConfigured } from '../judges/generators';
import { takePaidCall } from '../judges/paid-calls';
import { BINARY_RUBRIC_PRESETS } from '../shared/format-rubric-presets';
import type { JudgeFormat } from '../shared/request-schemas';
import { formatsOfHour } from './pool-schedule';
import { addPooledSample, trimSamplePool } from './sample-pool';

/** Binary samples are written for a preset criterion; the generator writes no reference, so none that needs one. */
const binaryCriteria = () => BINARY_RUBRIC_PRESETS.filter((preset) => !preset.usesReference).map((preset) => preset.rubric);

/** Returns how many samples were added. */
export async function fillSamplePool(env: Env): Promise<number> {
  const settings = readSettings(env);
  if (settings.SAMPLE_GENERATOR_PER_HOUR === 0 || !isSampleGeneratorConfigured(env)) return 0;
  const db = database(env.DB);
  const criteria = binaryCriteria();
  const added = new Set<JudgeFormat>();
  const failed = new Set<JudgeFormat>();
  let count = 0;
  for (const format of formatsOfHour(settings.SAMPLE_GENERATOR_PER_HOUR, Date.now())) {
    if (failed.has(format)) continue;
    if (!(await takePaidCall(db, settings, Date.now()))) break;
    const result = await generateFormatSample(env, format, { criteria });
    if (!result.ok) {
      console.warn('sample generator failed', { format, kind: result.failure.kind, detail: result.failure.detail });
      // Output it could not read is this format's problem: the others go on. Any other failure (the provider is
      // down, limiting or timing out) will likely happen again: stop spending until the next hour.
      if (result.failure.kind !== 'unparseable') break;
      failed.add(format);
      continue;
    }
    await addPooledSample(db, result.generated, Date.now());
    added.add(format);
    count++;
  }
  for (const format of added) await trimSamplePool(db, format, settings.SAMPLE_POOL_SIZE);
  return count;
}
