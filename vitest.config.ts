import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Three projects, each runnable alone (npm run test:unit | test:service | test:e2e):
// unit needs nothing but Node; service needs Postgres and NATS (each file a database of its
// own, as the migrations leave it: testing/database.ts); e2e builds the portal (npm run build)
// and starts it once as processes, shared by its files one after another, each finding it as
// new (stack-fixture.ts). Two e2e workers: a file with a portal of its own (a browser, a
// stopped service, mails) runs beside the files that take turns on the shared one.
//
// Every project's files share their worker's module cache (isolate: false): importing the
// GraphQL, Apollo and drizzle stacks anew for every file cost more than the tests. Files
// therefore keep no state in modules that another file could see, and read process-wide
// counters (/metrics) as differences.

/** Files that need neither a database nor NATS. */
const UNIT = [
  'services/platform/test/{pii,privacy}/**/*.test.ts',
  'services/platform/test/{authorization,calendar,csv,env,errors,eventually,identity,input-guard,loaders,membership,pagination,ports,quarters,scalars,sdl,testing,text,validation,vocabulary}.test.ts',
  'services/*/test/adversary/**/*.test.ts',
  'services/client/test/**/*.test.ts',
  'services/dashboard/test/**/*.test.ts',
  'services/notifications/test/messages.test.ts',
  'gateway/test/authentication.test.ts',
  'gateway/test/certifications.test.ts',
  'gateway/test/response-cache.test.ts',
  'schema/test/**/*.test.ts',
  'scripts/test/pii-corpus.test.ts',
  'scripts/test/generated.test.ts',
  'scripts/test/processes.test.ts',
  'infra/test/**/*.test.ts',
  'scripts/test/k8s.test.ts',
];
const E2E = ['scripts/test/**/*.e2e.test.ts'];
const SERVICE = ['services/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts'];

const SERVERS = 'services/platform/testing/global-setup.ts';

/** A file this long (its last run's seconds) starts before the others: it would otherwise end the run alone. */
const LONG_MS = 3_000;

/**
 * Each project's files together, in the projects' group order. Within a project the long
 * files first, longest first: those that crash and restart servers of their own
 * (`test/fault/`), and any that took longer than LONG_MS last time. Then the files of one
 * service one after another (by path), so that the subgraph a worker keeps from a file
 * (useSubgraph) serves its next ones.
 */
class ByServiceSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const lastMs = (file: TestSpecification) => this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(root, file.moduleId)}`)?.duration ?? 0;
    const long = (file: TestSpecification) => (file.moduleId.includes('/test/fault/') || lastMs(file) > LONG_MS ? 1 : 0);
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        a.project.name.localeCompare(b.project.name) ||
        long(b) - long(a) ||
        (long(a) ? lastMs(b) - lastMs(a) : a.moduleId.localeCompare(b.moduleId)),
    );
  }
}

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Unit and service files together, then the end-to-end files (groupOrder: a group's projects share their number of workers).
    sequence: { sequencer: ByServiceSequencer },
    projects: [
      // Unit files fill the cores the service files leave idle: the same group and workers.
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false, maxWorkers: 3, sequence: { groupOrder: 1 } } },
      // Three workers on two cores: the files mostly wait on Postgres, NATS and their own
      // timers (a run uses under half a core), and vitest's default (one fewer than the cores)
      // would run them one at a time.
      { extends: true, test: { name: 'service', include: SERVICE, exclude: [...UNIT, ...E2E], isolate: false, maxWorkers: 3, sequence: { groupOrder: 1 }, globalSetup: [SERVERS] } },
      { extends: true, test: { name: 'e2e', include: E2E, maxWorkers: 2, isolate: false, sequence: { groupOrder: 2 }, globalSetup: [SERVERS, 'scripts/test/e2e-setup.ts'] } },
    ],
  },
});
