// Builds the public site into web/dist, which the worker serves as static assets (see wrangler.toml [assets]).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { SAMPLE_BANK_ASSET } from '../src/samples/bank-asset';
import { publicBank } from '../src/samples/public-bank';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes the sample bank into the site as a static file (web/dist/data/sample-bank.json), which the worker reads
 * through its ASSETS binding (src/samples/bank-asset.ts) instead of carrying it in its bundle: the likert, binary and
 * pairwise samples, each with its format. Public fields only: the internal labels (quality, expected verdicts) stay
 * in the repository.
 */
function sampleBankAsset(): Plugin {
  return {
    name: 'judge-arena-sample-bank',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SAMPLE_BANK_ASSET, source: JSON.stringify(publicBank()) });
    },
  };
}

export default defineConfig({
  root: webRoot,
  // Prerendering would need a DOM at build time; the worker's SPA fallback serves index.html instead.
  plugins: [preact({ prerender: { enabled: false } }), sampleBankAsset()],
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
    // `vite --configLoader runner --config web/vite.config.ts` during UI work: the API comes from `npm start` on :8787.
    proxy: { '/api': 'http://localhost:8787' },
  },
});
