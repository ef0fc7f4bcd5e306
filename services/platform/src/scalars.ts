import { GraphQLScalarType, Kind } from 'graphql';
import { PortalError } from './errors';

const invalid = (what: string) => new PortalError('BAD_USER_INPUT', `must be ${what}`);

// An ISO 8601 instant with an explicit offset, e.g. 2027-01-20T13:00:00+09:00.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Date rolls a day past the month's end over (2027-02-30 → 2027-03-02) instead of refusing it.
function isExistingDate(yyyyMmDd: string): boolean {
  const date = new Date(`${yyyyMmDd}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === yyyyMmDd;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) throw invalid('an ISO 8601 date-time with an offset');
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !isExistingDate(value.slice(0, 10))) throw invalid('an existing date-time');
  return date;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value)) throw invalid('a date as YYYY-MM-DD');
  if (!isExistingDate(value)) throw invalid('an existing date');
  return value;
}

/** An instant; resolvers receive a Date and may return a Date or an ISO string. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 instant, e.g. 2027-01-20T04:00:00.000Z',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** A calendar date (YYYY-MM-DD), passed as a string both ways. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = { DateTime: DateTimeScalar, Date: DateScalar };
