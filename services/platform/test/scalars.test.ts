import { Kind, type ValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, PortalError, scalarResolvers } from '../src';

const literal = (value: string): ValueNode => ({ kind: Kind.STRING, value });

function refusal(work: () => unknown): PortalError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(PortalError);
    return error as PortalError;
  }
  throw new Error('expected the scalar to refuse the value');
}

describe('DateTime', () => {
  it('parses an instant with an offset into a Date', () => {
    const parsed = DateTimeScalar.parseValue('2027-01-20T13:00:00+09:00') as Date;
    expect(parsed).toBeInstanceOf(Date);
    expect(parsed.toISOString()).toBe('2027-01-20T04:00:00.000Z');
  });

  it('parses UTC, fractions of a second and a literal in a document', () => {
    expect((DateTimeScalar.parseValue('2027-01-20T04:00:00.123Z') as Date).getTime()).toBe(Date.UTC(2027, 0, 20, 4, 0, 0, 123));
    expect((DateTimeScalar.parseLiteral(literal('2027-01-20T04:00Z')) as Date).toISOString()).toBe('2027-01-20T04:00:00.000Z');
  });

  it('serialises Dates and ISO strings as ISO instants in UTC', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2027, 0, 20, 4)))).toBe('2027-01-20T04:00:00.000Z');
    expect(DateTimeScalar.serialize('2027-01-20T13:00:00+09:00')).toBe('2027-01-20T04:00:00.000Z');
  });

  it.each(['2027-01-20T13:00:00', '2027-01-20', '2027-01-20 13:00:00+09:00', 'tomorrow'])('refuses %s, which has no offset or is not ISO 8601', (value) => {
    const error = refusal(() => DateTimeScalar.parseValue(value));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'must be an ISO 8601 date-time with an offset' });
  });

  it.each(['2027-02-30T00:00:00Z', '2027-02-29T12:00:00+09:00', '2027-04-31T00:00:00Z', '2027-13-01T00:00:00Z', '2027-01-20T25:00:00Z'])(
    'refuses %s, which does not exist',
    (value) => {
      const error = refusal(() => DateTimeScalar.parseValue(value));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'must be an existing date-time' });
    },
  );

  it('accepts 29 February of a leap year', () => {
    expect((DateTimeScalar.parseValue('2028-02-29T00:00:00+09:00') as Date).toISOString()).toBe('2028-02-28T15:00:00.000Z');
  });

  it('refuses a literal that is not a string', () => {
    expect(refusal(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).message).toBe('must be an ISO 8601 date-time with an offset');
  });
});

describe('Date', () => {
  it('accepts an existing calendar date and keeps it as a string', () => {
    expect(DateScalar.parseValue('2027-04-01')).toBe('2027-04-01');
    expect(DateScalar.parseLiteral(literal('2028-02-29'))).toBe('2028-02-29');
  });

  it('refuses a date that does not exist', () => {
    expect(refusal(() => DateScalar.parseValue('2027-02-30'))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'must be an existing date' });
    expect(refusal(() => DateScalar.parseValue('2027-02-29')).message).toBe('must be an existing date');
  });

  it.each(['2027-4-1', '2027/04/01', '20270401', '2027-04-01T00:00:00Z'])('refuses %s, which is not YYYY-MM-DD', (value) => {
    expect(refusal(() => DateScalar.parseValue(value)).message).toBe('must be a date as YYYY-MM-DD');
  });

  it('serialises a Date as its UTC calendar day and a string as it is', () => {
    expect(DateScalar.serialize(new Date(Date.UTC(2027, 3, 1, 23, 59)))).toBe('2027-04-01');
    expect(DateScalar.serialize('2027-04-01')).toBe('2027-04-01');
  });
});

describe('scalarResolvers', () => {
  it('provides both scalars by their SDL names', () => {
    expect(scalarResolvers).toEqual({ DateTime: DateTimeScalar, Date: DateScalar });
  });
});
