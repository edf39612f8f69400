// Builds the public site into web/dist, which the worker serves as static assets (see wrangler.toml [assets]).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Prerendering would need a DOM at build time; the worker's SPA fallback serves index.html instead.
  plugins: [preact({ prerender: { enabled: false } })],
  // Code shared with the worker lives in src/shared/ (web/tsconfig.json has the same path).
  resolve: { alias: { '@shared': fileURLToPath(new URL('../src/shared', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline <script> or data: modules: the Content-Security-Policy only allows the site's own files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    // `vite --config web/vite.config.ts` during UI work: the API comes from `npm start` on :8787.
    proxy: { '/api': 'http://localhost:8787' },
  },
});
