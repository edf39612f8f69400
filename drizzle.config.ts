import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the tables of src/db/schema/ (its index re-exports every aggregate's file);
// wrangler applies them (locally, in tests, in production).
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/index.ts',
  out: './migrations',
});
