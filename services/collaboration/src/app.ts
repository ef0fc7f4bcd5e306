import { buildService, type ServiceOptions } from '@portal/platform';
import { service } from './service';

export const migrationsFolder = service.migrationsFolder;

/**
 * The collaboration subgraph, ready to listen (migrations are the caller's step). Without
 * `events` (service tests) events wait in the outbox and the directory projection changes
 * only when a test applies events.
 */
export const buildApp = (options: ServiceOptions) => buildService(service, options);
