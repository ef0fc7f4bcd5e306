import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { dropTestRunDatabases, sweepUnusedTestDatabases } from './database';
import { startTestNats, startTestPostgres } from './servers';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    /** This run's tag: its test databases are named after it (testDatabaseName) and dropped at its end. */
    testRun: string;
  }
}

/** Starts (or finds) the Postgres and NATS servers once for the whole test run. */
export default async function setup(project: TestProject) {
  const [postgres, nats] = await Promise.all([startTestPostgres(), startTestNats()]);
  const run = randomBytes(4).toString('hex');
  project.provide('databaseUrl', postgres.url);
  project.provide('natsUrl', nats.url);
  project.provide('testRun', run);
  return async () => {
    await dropTestRunDatabases(postgres.url, run);
    await sweepUnusedTestDatabases(postgres.url);
    await Promise.all([postgres.stop(), nats.stop()]);
  };
}
