import type { GraphQLFormattedError } from 'graphql';
import { RATE_LIMITED } from './rate-limits';
import { SUBGRAPH_UNAVAILABLE } from './unavailable';

// Codes whose messages are written for the caller; any other error is masked outside
// development, since its message may reveal internals (subgraph URLs, SQL, stack frames).
const CALLER_FACING = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  RATE_LIMITED,
  SUBGRAPH_UNAVAILABLE,
]);

// Extensions a caller may see besides the code: the input paths at fault, why a member is
// refused (README, Errors). Everything else the gateway or a subgraph adds (serviceName,
// stacktrace, …) stays inside.
const CALLER_EXTENSIONS: Record<string, readonly string[]> = {
  BAD_USER_INPUT: ['field', 'issues'],
  FORBIDDEN: ['reason'],
  [RATE_LIMITED]: ['retryAfterSeconds'],
};

export function formatGatewayError(
  formatted: GraphQLFormattedError,
  { dev, report }: { dev: boolean; report: (error: GraphQLFormattedError) => void },
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CALLER_FACING.has(code)) {
    // Authentication runs as Apollo's context function, which prefixes its errors.
    const message = formatted.message.replace(/^Context creation failed: /, '');
    if (dev) return { ...formatted, message };
    const extensions: Record<string, unknown> = { code };
    for (const key of CALLER_EXTENSIONS[code] ?? []) {
      if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    }
    return { message, ...where(formatted), extensions };
  }
  report(formatted);
  if (dev) return formatted;
  return { message: 'Internal server error', ...where(formatted), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Where in the caller's own operation and result the error arose. */
function where({ locations, path }: GraphQLFormattedError): Pick<GraphQLFormattedError, 'locations' | 'path'> {
  return { ...(locations ? { locations } : {}), ...(path ? { path } : {}) };
}
