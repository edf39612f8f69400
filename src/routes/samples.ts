import { Hono } from 'hono';
import { generateSample, isSampleGeneratorConfigured } from '../judges/generators';
import { validate } from '../http/validation';
import { randomSampleQuery } from '../shared/request-schemas';
import { SAMPLE_BANK } from '../samples/bank';
import { pickRandomSample, publicSample } from '../samples/sampling';

export const sampleRoutes = new Hono<{ Bindings: Env }>();

sampleRoutes.get('/random', validate('query', randomSampleQuery), async (c) => {
  const withReference = c.req.valid('query').reference === 'true';
  c.header('Cache-Control', 'no-store');
  // A configured sample generator writes fresh samples (without references); the bank is the fallback.
  if (!withReference && isSampleGeneratorConfigured(c.env)) {
    const generated = await generateSample(c.env);
    if (generated.ok) return c.json({ sample: { id: `generated-${crypto.randomUUID()}`, ...generated.sample } });
  }
  return c.json({ sample: publicSample(pickRandomSample(SAMPLE_BANK, { withReference }), { includeReference: withReference }) });
});
