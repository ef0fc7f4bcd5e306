import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEPLOYABLES } from '../lib/build';
import { GENERATED_FILES } from '../lib/deployment';
import { ROOT } from '../lib/paths';
import { SUBGRAPHS } from '../lib/subgraphs';

describe('the files written from the services\' definitions', () => {
  for (const [path, write] of Object.entries(GENERATED_FILES)) {
    it(`${path} is current (npm run generate)`, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(write());
    });
  }

  it('finds every service with its own port and folder', () => {
    expect(SUBGRAPHS.map((s) => [s.name, s.port, s.dir])).toEqual([
      ['coordinators', 4001, 'services/coordinators'],
      ['partners', 4002, 'services/partners'],
      ['case-studies', 4003, 'services/case-studies'],
      ['announcements', 4004, 'services/announcements'],
      ['surveys', 4005, 'services/surveys'],
      ['reporting', 4006, 'services/reporting'],
      ['collaboration', 4007, 'services/collaboration'],
      ['notifications', 4008, 'services/notifications'],
    ]);
  });

  it('lists each service\'s database and its own settings with their defaults', () => {
    const compose = GENERATED_FILES['docker-compose.yml']();
    expect(GENERATED_FILES['infra/postgres/init.sql']()).toContain('CREATE DATABASE portal_case_studies;');
    expect(compose).toContain('      DATABASE_URL: postgres://postgres:postgres@postgres:5432/portal_case_studies\n');
    expect(compose).toContain('      SMALL_CELL_K: "5"\n');
    expect(compose).toContain('      SUBGRAPH_CASE_STUDIES_URL: http://case-studies:4003/graphql\n');
  });

  it('starts every deployable in the compose file, each built from its own folder, and wires the dashboard\'s sign-in to the gateway', () => {
    const { services } = parse(GENERATED_FILES['docker-compose.yml']()) as { services: Record<string, { build?: { args: { SERVICE: string } }; environment: Record<string, string> }> };
    const built = Object.values(services).flatMap((s) => (s.build ? [s.build.args.SERVICE] : []));
    expect(built.sort()).toEqual(DEPLOYABLES.map((dir) => dir.replace(/^services\//, '')).sort());
    const { gateway, dashboard, 'identity-provider': provider } = services;
    expect([gateway!.environment.OIDC_ISSUER, dashboard!.environment.OIDC_ISSUER]).toEqual([provider!.environment.OIDC_ISSUER, provider!.environment.OIDC_ISSUER]);
    expect([gateway!.environment.OIDC_AUDIENCE, dashboard!.environment.OIDC_AUDIENCE]).toEqual([provider!.environment.OIDC_AUDIENCE, provider!.environment.OIDC_AUDIENCE]);
    expect(gateway!.environment.CORS_ORIGINS).toBe(provider!.environment.DASHBOARD_ORIGINS);
    expect(gateway!.environment.OIDC_JWKS_URL).toBe('http://identity-provider:4011/jwks');
  });
});
