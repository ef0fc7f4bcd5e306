import { buildService, type ServiceOptions } from '@portal/platform';
import { service } from './service';

export const migrationsFolder = service.migrationsFolder;

/** The surveys subgraph, ready to listen (migrations are the caller's step). */
export const buildApp = (options: ServiceOptions) => buildService(service, options);
