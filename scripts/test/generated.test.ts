import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
