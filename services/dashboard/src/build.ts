import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ASSETS } from './assets';

/** Builds web/ into dist/web/ with Vite (npm run build, npm start and the browser tests do before serving). */
export async function buildDashboard(): Promise<string> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
  return ASSETS;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDashboard();
