// npx tsx services/surveys/src/seed.ts: the demo surveys and field issues, only into a database without any survey.
import { loadEnv, serviceEnv } from '@portal/platform';
import { seedDemoData } from './demo/seed-database';

// Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
const { DATABASE_URL } = serviceEnv(0);
const env = loadEnv({ DATABASE_URL });
const { inserted } = await seedDemoData(env.DATABASE_URL);
console.log(inserted > 0 ? `surveys: seeded ${inserted} demo rows` : 'surveys: demo data already present');
