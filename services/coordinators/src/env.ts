import { loadEnv, serviceEnv } from '@portal/platform';

export const SERVICE_NAME = 'coordinators';

export const readEnv = () => loadEnv({ ...serviceEnv(4001) });
export type Env = ReturnType<typeof readEnv>;
