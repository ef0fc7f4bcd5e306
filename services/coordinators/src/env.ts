import { eventsEnv, loadEnv, serviceEnv } from '@portal/platform';

export const SERVICE_NAME = 'coordinators';

export const readEnv = () => loadEnv({ ...serviceEnv(4001), ...eventsEnv });
export type Env = ReturnType<typeof readEnv>;
