// vitest globalSetup (runs in Node): starts the stub OpenAI-compatible server and provides its URL,
// which vitest.config.ts passes into the worker as the STUB_OPENAI_URL binding.
import type { TestProject } from 'vitest/node';
import { startStubOpenAI } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    stubOpenAIUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const stub = await startStubOpenAI();
  project.provide('stubOpenAIUrl', stub.url);
  return () => stub.close();
}
