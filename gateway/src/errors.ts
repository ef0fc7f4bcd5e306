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

export function formatGatewayError(
  formatted: GraphQLFormattedError,
  { dev, report }: { dev: boolean; report: (error: GraphQLFormattedError) => void },
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CALLER_FACING.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // Which part of the portal failed is the operator's business (logged), not the caller's.
    if (code === SUBGRAPH_UNAVAILABLE) delete extensions.serviceName;
    // Authentication runs as Apollo's context function, which prefixes its errors.
    const message = formatted.message.replace(/^Context creation failed: /, '');
    return { ...formatted, message, extensions: dev ? formatted.extensions : extensions };
  }
  report(formatted);
  if (dev) return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
