import { Hono } from 'hono';
import { allJudgeModels, availableJudgeModels } from '../judges/registry';

export const modelRoutes = new Hono<{ Bindings: Env }>();

/** Every judge the arena knows; `active` means it can be paired right now (provider configured). */
modelRoutes.get('/', (c) => {
  const available = new Set(availableJudgeModels(c.env).map((m) => m.id));
  const models = allJudgeModels(c.env).map((m) => ({
    id: m.id,
    name: m.name,
    organization: m.organization,
    license: m.license,
    kind: m.kind,
    active: available.has(m.id),
  }));
  return c.json({ models });
});
