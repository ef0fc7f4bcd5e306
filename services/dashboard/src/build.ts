import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Builds web/ into dist/ with Vite (npm start and the browser tests do before serving). */
export async function buildDashboard(): Promise<string> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
  return DIST;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDashboard();
