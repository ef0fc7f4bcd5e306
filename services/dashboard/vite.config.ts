import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The dashboard's static files: web/ built into dist/web/ (dist/main.js is the server's bundle), served by src/server.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('./dist/web', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
