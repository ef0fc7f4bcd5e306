import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { databaseUrl, dropDatabases, ensureDatabases } from '@portal/platform';
import { deployables } from './k8s/deployables';
import { ROOT } from './paths';
import { freePort } from '@portal/platform/testing/ports';
import { spawnNode, waitUntilReady } from './processes';
import { SUBGRAPHS } from './subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair } from './tokens';

// What `npm run images:check` verifies of every image without a Docker engine: the file tree
// the Dockerfile would copy (scripts/image-files.sh, the very script its build stage runs),
// what is in it, and that its entry point starts from it alone.

/** Every image: one per deployable Kubernetes runs (services, gateway, dashboard, identity provider). */
export const IMAGES = deployables().map(({ name, port }) => ({ name, port, dir: name === 'gateway' ? 'gateway' : `services/${name}` }));
export type Image = (typeof IMAGES)[number];

/** Lays out the image's files under `out`, as the Dockerfile's build stage does (after npm run build). */
export function assembleImage(image: Image, out: string): void {
  execFileSync('sh', ['scripts/image-files.sh', image.name, out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The Dockerfile still lays out images with that script, and runs `node main.js` as a user other than root. */
export function dockerfileProblems(): string[] {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const problems: string[] = [];
  if (!/sh scripts\/image-files\.sh "\$\{SERVICE\}" \/out/.test(dockerfile)) problems.push('Dockerfile: the build stage does not run scripts/image-files.sh into /out');
  if (!/^COPY --from=build \/out\/ \.\/$/m.test(dockerfile)) problems.push('Dockerfile: the image does not copy /out/');
  if (!/^USER node$/m.test(dockerfile)) problems.push('Dockerfile: the image does not run as the node user');
  if (!/^HEALTHCHECK .*\/health/m.test(dockerfile)) problems.push('Dockerfile: no health check on /health');
  if (!/^CMD \["node", "main\.js"\]$/m.test(dockerfile)) problems.push('Dockerfile: the command is not node main.js');
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((path) => join(dir, path));
}

type Dependencies = Partial<Record<'dependencies' | 'optionalDependencies' | 'peerDependencies', Record<string, string>>>;
const packageJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Dependencies;

/**
 * The packages a workspace may bring at run time: its dependencies and theirs, as installed
 * (package-lock.json), workspaces followed through their own dependencies.
 */
function runtimeClosure(workspaceDirs: string[]): Set<string> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Dependencies> };
  const workspaces = new Map<string, string>();
  for (const dir of ['gateway', ...readdirSync(join(ROOT, 'services')).map((d) => `services/${d}`)]) {
    const path = join(dir, 'package.json');
    if (existsSync(join(ROOT, path))) workspaces.set((JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { name: string }).name, dir);
  }
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const workspace = workspaces.get(name);
    // Every installed copy of the package, nested ones too (their versions may differ).
    const entries = workspace ? [packageJson(join(workspace, 'package.json'))] : Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`)).map(([, entry]) => entry);
    for (const entry of entries) {
      const next = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
      for (const dependency of Object.keys(next)) visit(dependency);
    }
  };
  for (const dir of workspaceDirs) for (const dependency of Object.keys(packageJson(join(dir, 'package.json')).dependencies ?? {})) visit(dependency);
  return seen;
}

/** esbuild names each bundled module's source in a comment: `// node_modules/fastify/lib/route.js`. */
const BUNDLED_PACKAGE = /^\/\/ (?:.*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm;
const BUNDLED_TEST_CODE = /^\/\/ (?:.*\/)?(?:test|testing)\/\S+$/m;

/** What is wrong with the image's files in `tree`: the entry point, TypeScript, tests, node_modules, packages no dependency brings. */
export function treeProblems(image: Image, tree: string): string[] {
  const problems: string[] = [];
  const entry = join(tree, 'main.js');
  if (!existsSync(entry) || !lstatSync(entry).isSymbolicLink() || !realpathSync(entry).startsWith(realpathSync(tree))) problems.push('main.js is missing or points outside the image');
  const shared = runtimeClosure(IMAGES.map((i) => i.dir).concat('services/platform'));
  const own = runtimeClosure([image.dir, 'services/platform']);
  for (const path of filesUnder(tree)) {
    const inImage = relative(tree, path);
    if (/(^|\/)(node_modules|test|testing|__tests__)(\/|$)/.test(inImage)) problems.push(`${inImage}: tests or node_modules`);
    else if (/\.[cm]?tsx?$/.test(inImage)) problems.push(`${inImage}: TypeScript source`);
    // The dashboard's web app runs in browsers (its libraries are devDependencies of the server on purpose).
    if (!inImage.endsWith('.js') || inImage.includes('/dist/web/') || !lstatSync(path).isFile()) continue;
    const code = readFileSync(path, 'utf8');
    if (BUNDLED_TEST_CODE.test(code)) problems.push(`${inImage}: bundles test code`);
    const allowed = inImage.startsWith('services/platform/dist/') ? shared : own;
    const outside = new Set([...code.matchAll(BUNDLED_PACKAGE)].map((m) => m[1]!).filter((name) => !allowed.has(name)));
    for (const name of outside) problems.push(`${inImage}: bundles ${name}, which is no dependency of ${image.dir} (a devDependency?)`);
  }
  if (image.name === 'dashboard' && !existsSync(join(tree, image.dir, 'dist/web/index.html'))) problems.push('the dashboard’s built web app is missing');
  return problems;
}

/** Settings with which each kind of deployable starts on its own: nothing it reaches needs to answer. */
function throwawayEnv(image: Image, closedUrl: string, database: string | undefined): Record<string, string> {
  const secret = randomBytes(32).toString('base64url');
  if (image.name === 'gateway') {
    return {
      IDENTITY_SECRET: secret,
      JWT_PUBLIC_KEY: generateKeyPair().publicKeyPem,
      JWT_ISSUER: DEV_ISSUER,
      JWT_AUDIENCE: DEV_AUDIENCE,
      NATS_URL: closedUrl.replace('http', 'nats'),
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `${closedUrl}/graphql`])),
    };
  }
  if (image.name === 'dashboard') return { GATEWAY_URL: `${closedUrl}/graphql`, OIDC_ISSUER: closedUrl, OIDC_AUDIENCE: 'urn:images-check' };
  if (image.name === 'identity-provider') return { IDENTITY_SECRET: secret, OIDC_AUDIENCE: 'urn:images-check', DASHBOARD_ORIGINS: closedUrl };
  return { IDENTITY_SECRET: secret, DATABASE_URL: database!, NATS_URL: closedUrl.replace('http', 'nats') };
}

/**
 * Starts `node main.js` in the image's tree as the image would (NODE_ENV=production, its
 * working directory the tree), on a free port with throwaway settings and, for a service,
 * a database of its own; resolves once `/health` answers, then stops it.
 */
export async function startsFromTree(image: Image, tree: string, databaseServerUrl: string): Promise<void> {
  const subgraph = SUBGRAPHS.find((s) => s.name === image.name);
  const database = subgraph ? `images_check_${randomBytes(4).toString('hex')}_${subgraph.name.replace(/-/g, '_')}` : undefined;
  if (database) await ensureDatabases(databaseServerUrl, [database]);
  const port = await freePort();
  const closedUrl = `http://127.0.0.1:${await freePort()}`;
  const process = spawnNode({
    name: image.name,
    cwd: tree,
    entry: 'main.js',
    env: { NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...throwawayEnv(image, closedUrl, database && databaseUrl(databaseServerUrl, database)) },
  });
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/health`, process, 30_000);
  } finally {
    await process.stop();
    if (database) await dropDatabases(databaseServerUrl, [database]);
  }
}

export interface ImageCheck {
  name: string;
  problems: string[];
  /** How long `node main.js` took to answer /health, when it did. */
  startMs?: number;
}

/**
 * Checks every image's recipe against the current build (npm run build first): lays out each
 * tree in a scratch directory, looks through it and starts it, two at a time.
 */
export async function checkImages(databaseServerUrl: string): Promise<ImageCheck[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-images-'));
  const results: ImageCheck[] = [];
  try {
    const queue = [...IMAGES];
    const worker = async () => {
      for (let image = queue.shift(); image; image = queue.shift()) {
        const tree = join(scratch, image.name);
        const check: ImageCheck = { name: image.name, problems: [] };
        try {
          assembleImage(image, tree);
          check.problems.push(...treeProblems(image, tree));
          const started = performance.now();
          await startsFromTree(image, tree, databaseServerUrl);
          check.startMs = Math.round(performance.now() - started);
        } catch (error) {
          check.problems.push(`does not start: ${(error as Error).message.split('\n').slice(0, 6).join('\n')}`);
        }
        results.push(check);
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return IMAGES.map((image) => results.find((r) => r.name === image.name)!);
}
