// npx tsx services/announcements/src/seed.ts: the demo announcements, only into a database without any.
import { loadEnv, serviceEnv } from '@portal/platform';
import { seedDemoData } from './demo/seed-database';

// Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
const { DATABASE_URL } = serviceEnv(0);
const env = loadEnv({ DATABASE_URL });
const { inserted } = await seedDemoData(env.DATABASE_URL);
console.log(inserted > 0 ? `announcements: seeded ${inserted} demo announcements` : 'announcements: demo data already present');
