// The budget's part of the hourly job: refill the random-sample pool (a fixed number of paid calls per hour) and
// forget the per-visitor counts of past days.
import { database } from '../db/client';
import { fillSamplePool } from '../samples/fill-sample-pool';
import { prunePastVisitorPaidCalls } from './visitor-budget';

export async function runHourlyBudgetJob(env: Env): Promise<void> {
  await prunePastVisitorPaidCalls(database(env.DB), Date.now());
  await fillSamplePool(env);
}
