import { createRequire } from 'node:module';
import { GraphQLError, Kind, parse, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { badInput, conflict, forbidden, formatError, notFound, PortalError, unauthenticated } from '../src';

/** An error as graphql-js reports one thrown in the resolver at `coordinator.name`. */
const fromResolver = (original: Error) =>
  new GraphQLError(original.message, { path: ['coordinator', 'name'], originalError: original });

const format = (error: GraphQLError, dev = false) => {
  const report = vi.fn();
  const formatted: GraphQLFormattedError = formatError(error, { report, dev });
  return { formatted, report };
};

describe('the PortalError helpers', () => {
  it('carry their code and message', () => {
    expect([unauthenticated(), forbidden(), notFound('Coordinator', 'c-1'), conflict('Already registered')].map((e) => [e.code, e.message])).toEqual([
      ['UNAUTHENTICATED', 'Authentication required'],
      ['FORBIDDEN', 'You are not allowed to do this'],
      ['NOT_FOUND', 'Coordinator c-1 was not found'],
      ['CONFLICT', 'Already registered'],
    ]);
  });

  it('badInput joins every issue into the message, names the first as field and lists all', () => {
    const error = badInput([
      { field: 'input.email', message: 'must be an e-mail address' },
      { field: 'input.phone', message: 'must be a phone number' },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('input.email: must be an e-mail address; input.phone: must be a phone number');
    expect(error.extensions).toEqual({
      field: 'input.email',
      issues: [
        { field: 'input.email', message: 'must be an e-mail address' },
        { field: 'input.phone', message: 'must be a phone number' },
      ],
    });
  });

  it('badInput accepts a single issue', () => {
    expect(badInput({ field: 'first', message: 'too many' }).extensions).toEqual({
      field: 'first',
      issues: [{ field: 'first', message: 'too many' }],
    });
  });
});

describe('formatError', () => {
  it('keeps the message and code of a PortalError', () => {
    const { formatted, report } = format(fromResolver(forbidden('Only administrators may do this')));
    expect(formatted).toEqual({
      message: 'Only administrators may do this',
      locations: undefined,
      path: ['coordinator', 'name'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(report).not.toHaveBeenCalled();
  });

  it('keeps the field and every issue of bad input', () => {
    const error = badInput([
      { field: 'input.languages.1.code', message: 'not a language' },
      { field: 'input.bio', message: 'too long' },
    ]);
    const { formatted } = format(fromResolver(error));
    expect(formatted.message).toBe('input.languages.1.code: not a language; input.bio: too long');
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.languages.1.code',
      issues: [
        { field: 'input.languages.1.code', message: 'not a language' },
        { field: 'input.bio', message: 'too long' },
      ],
    });
  });

  it('finds a PortalError wrapped in several GraphQLErrors', () => {
    const wrapped = new GraphQLError('outer', { originalError: new GraphQLError('inner', { originalError: notFound('Coordinator', 'c-9') }) });
    expect(format(wrapped).formatted).toMatchObject({ message: 'Coordinator c-9 was not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('finds a PortalError inside the GraphQLErrors of another copy of graphql-js (CommonJS, as mercurius loads it)', () => {
    const { GraphQLError: CommonJsGraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    const scalarError = new PortalError('BAD_USER_INPUT', 'must be an existing date');
    const coercion = new CommonJsGraphQLError('Expected type "Date". must be an existing date', { originalError: scalarError });
    const error = new CommonJsGraphQLError('Variable "$on" got invalid value "2027-02-30"; Expected type "Date". must be an existing date', {
      originalError: coercion,
    });
    const { formatted, report } = format(error);
    expect(formatted.message).toBe('Variable "$on" got invalid value "2027-02-30"; Expected type "Date". must be an existing date');
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(report).not.toHaveBeenCalled();
  });

  it("keeps graphql-js's message naming the variable when a scalar refuses a variable", () => {
    const scalarError = new PortalError('BAD_USER_INPUT', 'must be an ISO 8601 date-time with an offset');
    const error = new GraphQLError('Variable "$at" got invalid value "tomorrow"; must be an ISO 8601 date-time with an offset', {
      originalError: scalarError,
    });
    expect(format(error).formatted).toMatchObject({
      message: 'Variable "$at" got invalid value "tomorrow"; must be an ISO 8601 date-time with an offset',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('masks an unexpected error as an internal server error and reports it', () => {
    const crash = new Error('connection terminated: password for user portal');
    const { formatted, report } = format(fromResolver(crash));
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['coordinator', 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(report).toHaveBeenCalledExactlyOnceWith(crash);
  });

  it('includes the stack trace of an unexpected error only in development', () => {
    const crash = new Error('boom');
    const { formatted } = format(fromResolver(crash), true);
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', stacktrace: crash.stack!.split('\n') });
    expect((formatted.extensions!.stacktrace as string[])[0]).toBe('Error: boom');
    expect(format(fromResolver(crash), false).formatted.extensions).not.toHaveProperty('stacktrace');
  });

  it("maps graphql-js's own errors to GRAPHQL_VALIDATION_FAILED, keeping message and locations", () => {
    const node = parse('{ nope }').definitions[0]!;
    expect(node.kind).toBe(Kind.OPERATION_DEFINITION);
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { nodes: [node] });
    const { formatted, report } = format(error);
    expect(formatted).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 1 }],
      path: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(report).not.toHaveBeenCalled();
  });

  it("maps graphql-js's variable coercion errors to BAD_USER_INPUT", () => {
    const error = new GraphQLError('Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"');
    expect(format(error).formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it("treats graphql-js's own errors during execution (with a path) as internal and reports them", () => {
    const error = new GraphQLError('Cannot return null for non-nullable field Query.hello.', { path: ['hello'] });
    const { formatted, report } = format(error);
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['hello'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(report).toHaveBeenCalledExactlyOnceWith(error);
  });

  it('keeps a code graphql-js or a plugin already set', () => {
    const error = new GraphQLError('Too complex', { extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(format(error).formatted.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });
});
