import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { assembleImage, checkImages, dockerfileProblems, IMAGES, treeProblems } from '../lib/images';

// Every image's recipe without a Docker engine (npm run images:check), on the build the
// end-to-end run made: each tree as the Dockerfile lays it out, looked through and started.

const scratch = mkdtempSync(join(tmpdir(), 'portal-images-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the images (npm run images:check)', { timeout: 180_000 }, () => {
  it('are one for each deployable: the services, the gateway, the dashboard and the OpenID provider', () => {
    expect(IMAGES.map((image) => image.name)).toEqual(['gateway', 'coordinators', 'partners', 'case-studies', 'announcements', 'surveys', 'reporting', 'collaboration', 'notifications', 'dashboard', 'identity-provider']);
    expect(dockerfileProblems()).toEqual([]);
  });

  it('each hold their entry point and no TypeScript, tests or devDependencies, and answer /health from their files alone', async () => {
    const checks = await checkImages(inject('databaseUrl'));
    expect(checks.map(({ name, problems }) => ({ name, problems }))).toEqual(IMAGES.map((image) => ({ name: image.name, problems: [] })));
    expect(checks.every((check) => (check.startMs ?? 0) > 0)).toBe(true);
  });

  it('finds TypeScript, tests, node_modules, a devDependency in a bundle and a missing web app', () => {
    const dashboard = IMAGES.find((image) => image.name === 'dashboard')!;
    const tree = join(scratch, 'broken');
    assembleImage(dashboard, tree);
    rmSync(join(tree, 'services/dashboard/dist/web'), { recursive: true });
    writeFileSync(join(tree, 'services/dashboard/dist/server.ts'), 'export {};\n');
    mkdirSync(join(tree, 'services/platform/testing'));
    writeFileSync(join(tree, 'services/platform/testing/index.js'), '');
    mkdirSync(join(tree, 'node_modules'));
    writeFileSync(join(tree, 'services/dashboard/dist/extra.js'), '// node_modules/vite/dist/node/index.js\nexport {};\n');
    expect(treeProblems(dashboard, tree).sort()).toEqual(
      [
        'node_modules: tests or node_modules',
        'services/platform/testing: tests or node_modules',
        'services/platform/testing/index.js: tests or node_modules',
        'services/dashboard/dist/server.ts: TypeScript source',
        'services/dashboard/dist/extra.js: bundles vite, which is no dependency of services/dashboard (a devDependency?)',
        'the dashboard’s built web app is missing',
      ].sort(),
    );
  });
});
