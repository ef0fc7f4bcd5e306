import { driverCode, stackFrames, StatementError } from './statements';

// What portal logs may carry about a request or a failure. Error messages are left out on
// purpose: Postgres quotes values (`invalid input syntax for type uuid: "…"`, `Failing row
// contains (…)`), the query builder lists every bound parameter, and JSON and URL parsers
// quote their input. A code, a statement name and the request id (on every request's
// log line) are what operators use to find the cause.

/** An error as a log line may show it: its kind, its code, the statement that failed and where; never its message. */
export function loggableError(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!error || typeof error !== 'object') return { type: typeof error, message: `${typeof error} thrown`, stack: '' };
  const { name, extensions, path } = error as { name?: unknown; extensions?: { code?: unknown; serviceName?: unknown }; path?: unknown };
  const type = typeof name === 'string' ? name : (error.constructor?.name ?? 'Object');
  const code = driverCode(error) ?? driverCode(extensions);
  const serviceName = extensions?.serviceName;
  return {
    type,
    // Ours, and built from the statement's name and code alone; any other message is withheld.
    message: error instanceof StatementError ? error.message : `${type}: message withheld, it may quote input`,
    ...(code ? { code } : {}),
    ...(error instanceof StatementError ? { statement: error.statement } : {}),
    // A GraphQL error's path names fields of the operation; serviceName its subgraph.
    ...(Array.isArray(path) ? { path: path.filter((p) => typeof p === 'number' || /^\w{1,100}$/.test(String(p))) } : {}),
    ...(typeof serviceName === 'string' ? { serviceName } : {}),
    stack: stackFrames(error).trimStart(),
  };
}

interface LoggedRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, unknown>;
}

/** pino serializers for every portal server: errors as loggableError, requests without their query string. */
export const logSerializers = {
  err: loggableError,
  error: loggableError,
  req: (req: LoggedRequest) => ({
    id: req.id,
    method: req.method,
    // A GET /graphql carries the operation and its variables in the query string.
    url: req.url.split('?')[0],
    headers: { ...req.headers },
  }),
};
