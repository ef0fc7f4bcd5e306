import type { TestProject } from 'vitest/node';
import { startTestNats, startTestPostgres } from './servers';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
  }
}

/** Starts (or finds) the Postgres and NATS servers once for the whole test run. */
export default async function setup(project: TestProject) {
  const [postgres, nats] = await Promise.all([startTestPostgres(), startTestNats()]);
  project.provide('databaseUrl', postgres.url);
  project.provide('natsUrl', nats.url);
  return async () => {
    await Promise.all([postgres.stop(), nats.stop()]);
  };
}
