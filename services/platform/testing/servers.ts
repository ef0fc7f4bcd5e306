// Where tests find Postgres and NATS: containers when a Docker engine is present,
// otherwise the servers named by DATABASE_URL and NATS_URL (local defaults when unset).

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const LOCAL_NATS_URL = 'nats://127.0.0.1:4222';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

const NO_RUNTIME = /container runtime strategy/i;

async function inContainer(start: () => Promise<TestServer>): Promise<TestServer | null> {
  if (process.env.TESTCONTAINERS === 'off') return null;
  try {
    return await start();
  } catch (error) {
    // No Docker engine here: testcontainers gives up within a second; use the env servers.
    if (NO_RUNTIME.test(String((error as Error).message))) return null;
    throw error;
  }
}

export async function startTestPostgres(): Promise<TestServer> {
  const container = await inContainer(async () => {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const started = await new PostgreSqlContainer('postgres:16-alpine').start();
    return { url: started.getConnectionUri(), stop: async () => void (await started.stop()) };
  });
  return container ?? { url: process.env.DATABASE_URL ?? LOCAL_DATABASE_URL, stop: async () => {} };
}

export async function startTestNats(): Promise<TestServer> {
  const container = await inContainer(async () => {
    const { GenericContainer, Wait } = await import('testcontainers');
    const started = await new GenericContainer('nats:2.12-alpine')
      .withCommand(['-js'])
      .withExposedPorts(4222)
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
      .start();
    return {
      url: `nats://${started.getHost()}:${started.getMappedPort(4222)}`,
      stop: async () => void (await started.stop()),
    };
  });
  return container ?? { url: process.env.NATS_URL ?? LOCAL_NATS_URL, stop: async () => {} };
}
