import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { ROOT } from './paths';
import { buildDashboard } from '../../services/dashboard/src/build';
import { SUBGRAPHS } from './subgraphs';

/**
 * What runs in production: every subgraph, the gateway, the dashboard's server and the local
 * OpenID provider; each `<dir>/src/main.ts` becomes `<dir>/dist/main.js`.
 */
export const DEPLOYABLES = [...SUBGRAPHS.map((s) => s.dir), 'gateway', 'services/dashboard', 'services/identity-provider'];

/**
 * Code two deployables share (the platform, graphql, fastify, …) is written once, here.
 * At the same depth below the repository as each `dist/main.js`, so that a path a module
 * finds from its own location (`../../<service>/drizzle`) is the same in the source and
 * in the build, wherever the bundler puts the module.
 */
export const SHARED_CHUNKS_DIR = 'services/platform/dist';

/** Nothing written for tests may reach a deployable. */
const TEST_ONLY = [/(^|\/)test\//, /(^|\/)testing\//, /node_modules\/(vitest|@vitest|tsx|testcontainers|esbuild)\//];

export interface BuildResult {
  milliseconds: number;
  /** Bytes written per deployable's entry, and for the shared chunks. */
  bytes: Record<string, number>;
}

/**
 * Bundles every deployable into plain JavaScript (ES modules for Node 20) in one pass:
 * `node <dir>/dist/main.js` needs neither TypeScript nor node_modules. A service's SDL,
 * which it reads from next to its code, is copied beside its bundle; the dashboard's web app
 * is built into `services/dashboard/dist/web/`.
 */
export async function buildAll(): Promise<BuildResult> {
  const started = performance.now();
  for (const dir of [...DEPLOYABLES.map((d) => `${d}/dist`), SHARED_CHUNKS_DIR]) rmSync(join(ROOT, dir), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(DEPLOYABLES.map((dir) => [`${dir}/dist/main`, `${dir}/src/main.ts`])),
    outdir: ROOT,
    chunkNames: `${SHARED_CHUNKS_DIR}/[name]-[hash]`,
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    // Bundled CommonJS packages still call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const leaked = testOnlyInputs(result.metafile);
  if (leaked.length > 0) throw new Error(`test code reached the build:\n${leaked.map((path) => `  - ${path}`).join('\n')}`);
  for (const subgraph of SUBGRAPHS) {
    copyFileSync(join(ROOT, subgraph.dir, 'src/schema.graphql'), join(ROOT, subgraph.dir, 'dist/schema.graphql'));
  }
  // The dashboard's web app too: its server only serves what is built (an image's file system is read-only).
  await buildDashboard();
  return { milliseconds: performance.now() - started, bytes: outputBytes(result.metafile) };
}

function testOnlyInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((path) => TEST_ONLY.some((pattern) => pattern.test(path)));
}

function outputBytes(metafile: Metafile): Record<string, number> {
  const bytes: Record<string, number> = {};
  for (const [path, output] of Object.entries(metafile.outputs)) {
    const key = DEPLOYABLES.find((dir) => path === `${dir}/dist/main.js`) ?? SHARED_CHUNKS_DIR;
    bytes[key] = (bytes[key] ?? 0) + output.bytes;
  }
  return bytes;
}
