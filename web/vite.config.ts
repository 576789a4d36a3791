import { defineConfig } from 'vitest/config';

// Built into web/dist, which the server serves at / (hashed files under /assets are cached as immutable).
// `npm test` runs the unit tests of the dashboard's own logic (src/**/*.test.ts) with Vitest, in Node.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:5005', '/readyz': 'http://127.0.0.1:5005' } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
