// npx tsx services/coordinators/src/seed.ts: demo coordinators for local runs, only into an empty directory.
import { z } from 'zod';
import { loadEnv, serviceEnv } from '@portal/platform';
import { DEMO_COORDINATORS, seedDemoData } from './demo/seed-database';

// Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
const { DATABASE_URL } = serviceEnv(0);
const env = loadEnv({
  DATABASE_URL,
  SEED_COORDINATORS: z.coerce.number().int().min(1).max(1_000_000).default(DEMO_COORDINATORS),
});
const { inserted, total } = await seedDemoData(env.DATABASE_URL, env.SEED_COORDINATORS);
console.log(inserted > 0 ? `coordinators: seeded ${inserted} demo coordinators` : `coordinators: demo data already present (${total} rows)`);
