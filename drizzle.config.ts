import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from src/db/schema.ts; wrangler applies them (locally, in tests, in production).
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
});
