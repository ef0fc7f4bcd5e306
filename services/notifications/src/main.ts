import { runService } from '@portal/platform';
import { service } from './service';

await runService(service);
