import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

/** An expected failure: its message is meant for the caller and is returned as is. */
export class PortalError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PortalError';
  }
}

export const unauthenticated = (message = 'Authentication required') =>
  new PortalError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this') => new PortalError('FORBIDDEN', message);

export const notFound = (what: string, id: string) => new PortalError('NOT_FOUND', `${what} ${id} was not found`);

export const conflict = (message: string) => new PortalError('CONFLICT', message);

export interface InputIssue {
  field: string;
  message: string;
}

/** Bad input naming the field(s) at fault; `field` is the first, `issues` lists all. */
export function badInput(issues: InputIssue[] | InputIssue): PortalError {
  const list = Array.isArray(issues) ? issues : [issues];
  const message = list.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new PortalError('BAD_USER_INPUT', message, { field: list[0]?.field, issues: list });
}

interface FormatOptions {
  /** Where unexpected errors are reported, since the caller only sees a generic message. */
  report: (error: unknown) => void;
  dev: boolean;
}

/**
 * Shapes any error for a GraphQL response: expected errors keep their message and code,
 * GraphQL's own validation and coercion errors keep theirs, anything else becomes an
 * opaque INTERNAL_SERVER_ERROR (with the stack only in development).
 */
export function formatError(error: GraphQLError, { report, dev }: FormatOptions): GraphQLFormattedError {
  const original = findOriginal(error);
  const base = { message: error.message, locations: error.locations, path: error.path };
  if (original instanceof PortalError) {
    // A scalar's parse error inside variables: graphql-js's message names the input path.
    const message = error.message.startsWith('Variable "') ? error.message : original.message;
    return { ...base, message, extensions: { ...original.extensions, code: original.code } };
  }
  // A body fastify refused before GraphQL saw it (malformed JSON, too large): the caller's
  // fault, and fastify's messages for these are fixed texts.
  if (isRefusedRequest(original)) return { message: original.message, extensions: { code: 'BAD_REQUEST' } };
  // graphql-js's own errors: those with a path arose while executing (a value that does not
  // serialise, a null in a non-null field) and are ours; the rest are the caller's document.
  if (!original && !error.path) {
    const code = error.extensions?.code ?? (/^Variable "/.test(error.message) ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED');
    return { ...base, extensions: { code } };
  }
  report(original ?? error);
  return {
    ...base,
    message: 'Internal server error',
    extensions: dev
      ? { code: 'INTERNAL_SERVER_ERROR', stacktrace: String((original ?? error).stack).split('\n') }
      : { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const isRefusedRequest = (error: Error | undefined): error is Error => {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
};

/** The error a resolver threw; undefined for graphql-js's own validation and coercion errors. */
function findOriginal(error: GraphQLError): Error | undefined {
  let current: Error | undefined = error.originalError;
  // Not `instanceof`: mercurius and @apollo/subgraph load graphql's CommonJS build, while an
  // ES module importer (vitest) may get its .mjs build, whose GraphQLError is another class.
  while (current && Object.prototype.toString.call(current) === '[object GraphQLError]') {
    current = (current as GraphQLError).originalError;
  }
  return current;
}
