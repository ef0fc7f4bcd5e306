// npx tsx services/collaboration/src/seed.ts: the demo referrals and board threads, only into a database without any.
import { loadEnv, serviceEnv } from '@portal/platform';
import { seedDemoData } from './demo/seed-database';

// Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
const { DATABASE_URL } = serviceEnv(0);
const env = loadEnv({ DATABASE_URL });
const { inserted } = await seedDemoData(env.DATABASE_URL);
console.log(inserted > 0 ? `collaboration: seeded ${inserted} demo rows` : 'collaboration: demo data already present');
