import { loadEnv, runService } from '@portal/platform';
import { envShape } from './env';
import { reportingService } from './service';

// The whole environment at once, so that every problem is listed; runService reads its part again.
const env = loadEnv(envShape);
await runService(reportingService({ smallCellK: env.SMALL_CELL_K }));
