// npx tsx services/partners/src/seed.ts: demo partners for local runs, only into an empty directory.
import { z } from 'zod';
import { loadEnv, serviceEnv } from '@portal/platform';
import { DEMO_PARTNERS, seedDemoData } from './demo/seed-database';

// Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
const { DATABASE_URL } = serviceEnv(0);
const env = loadEnv({
  DATABASE_URL,
  SEED_PARTNERS: z.coerce.number().int().min(1).max(1_000_000).default(DEMO_PARTNERS),
});
const { inserted, total } = await seedDemoData(env.DATABASE_URL, env.SEED_PARTNERS);
console.log(inserted > 0 ? `partners: seeded ${inserted} demo partners` : `partners: demo data already present (${total} rows)`);
