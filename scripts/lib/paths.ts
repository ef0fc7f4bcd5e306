import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Local state of `npm start`: embedded Postgres, NATS store, dev keys. */
export const DATA_DIR = process.env.PORTAL_DATA_DIR ?? fileURLToPath(new URL('../../.data/', import.meta.url));
