// Test-only binding: base URL (no /v1) of the stub OpenAI-compatible server started by globalSetup.
declare global {
  interface Env {
    STUB_OPENAI_URL: string;
  }
}

export {};
