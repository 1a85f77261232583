import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/core/db/schema/index.ts',
  out: './electron/core/db/migrations',
  strict: true,
  verbose: true,
});
