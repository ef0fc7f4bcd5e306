// npx tsx services/case-studies/src/seed.ts: demo case studies and study meetings, only into an empty library.
// SEED_CASE_STUDIES=20000 fills a benchmark database.
import { z } from 'zod';
import { loadEnv, serviceEnv } from '@portal/platform';
import { DEMO_CASE_STUDIES, seedDemoData } from './demo/seed-database';

// Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
const { DATABASE_URL } = serviceEnv(0);
const env = loadEnv({
  DATABASE_URL,
  SEED_CASE_STUDIES: z.coerce.number().int().min(1).max(1_000_000).default(DEMO_CASE_STUDIES),
});
const { inserted } = await seedDemoData(env.DATABASE_URL, env.SEED_CASE_STUDIES);
console.log(inserted > 0 ? `case-studies: seeded ${inserted} rows of demo data` : 'case-studies: demo data already present');
