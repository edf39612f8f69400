import { Hono } from 'hono';
import { database } from '../db/client';
import { validate } from '../http/validation';
import { randomSampleQuery } from '../shared/request-schemas';
import { loadSampleBank } from '../samples/bank-asset';
import { randomPooledSample } from '../samples/sample-pool';
import { pickRandomSample, publicSample } from '../samples/sampling';

export const sampleRoutes = new Hono<{ Bindings: Env }>();

sampleRoutes.get('/random', validate('query', randomSampleQuery), async (c) => {
  const { format, reference } = c.req.valid('query');
  const withReference = reference === 'true';
  c.header('Cache-Control', 'no-store');
  // Generated samples come from the format's pool the hourly job fills (they have no reference): a request never
  // calls a provider. The bank (a static asset, every format) is the fallback while that pool is empty, and the
  // only source when a reference is wanted.
  if (!withReference) {
    const pooled = await randomPooledSample(database(c.env.DB), format);
    if (pooled) return c.json({ sample: pooled });
  }
  const bank = (await loadSampleBank(c.env)).filter((sample) => sample.format === format);
  return c.json({ sample: publicSample(pickRandomSample(bank, { withReference }), { includeReference: withReference }) });
});
