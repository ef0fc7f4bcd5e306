import { buildService, type ServiceOptions } from '@portal/platform';
import { DEFAULT_SMALL_CELL_K } from '@portal/platform/privacy';
import { reportingService } from './service';

export const migrationsFolder = reportingService({ smallCellK: DEFAULT_SMALL_CELL_K }).migrationsFolder;

/** The reporting subgraph, ready to listen (migrations are the caller's step). */
export const buildApp = (options: ServiceOptions & { smallCellK?: number }) =>
  buildService(reportingService({ smallCellK: options.smallCellK ?? DEFAULT_SMALL_CELL_K }), options);
