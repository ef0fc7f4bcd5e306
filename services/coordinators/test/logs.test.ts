import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER } from '@portal/platform';
import { admin, parseExposition, signedIdentityHeader, useSubgraph } from '@portal/platform/testing';
import { service as coordinators } from '../src/service';
import { REGISTER } from './helpers';

// The service's log stream, as an operator would read it.
const lines: string[] = [];
const service = useSubgraph(coordinators, { log: { level: 'info', stream: { write: (line) => void lines.push(line) } } });

const personal = { accountId: 'idp|log-test-7781', name: '阮氏ホア', email: 'hoa.nguyen@example.jp', phone: '090-7781-2345' };
/** The phone as stored (+81…), long enough that no duration or count in a log line or a metric holds it by chance. */
const PHONE_DIGITS = '9077812345';

/** Makes every registration fail in the database, with Postgres quoting the row it refused. */
async function refuseRegistrations() {
  const sql = postgres(service.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`alter table coordinators add constraint no_registrations_today check (false) not valid`;
  } finally {
    await sql.end();
  }
}

/** The value of one series of /metrics (0 when absent): counters are the process's, so tests compare before and after. */
async function metric([name, statement]: [string, string]): Promise<number> {
  const body = (await service.app.inject({ method: 'GET', url: '/metrics' })).body;
  return parseExposition(body).value(name, { service: 'coordinators', statement }) ?? 0;
}
const INSERT_ERRORS: [string, string] = ['portal_sql_statement_errors_total', 'coordinators.insert'];
const TRANSACTIONS: [string, string] = ['portal_sql_statement_calls_total', 'coordinators.transaction'];
const before = { insertErrors: 0, transactions: 0 };

describe('logs of a write that fails in the database', () => {
  it('carry the statement name, the SQLSTATE and the request id, and none of the personal data written', async () => {
    await refuseRegistrations();
    before.insertErrors = await metric(INSERT_ERRORS);
    before.transactions = await metric(TRANSACTIONS);
    lines.length = 0;
    const response = await service.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-log-test-1', [IDENTITY_HEADER]: signedIdentityHeader(admin) },
      payload: { query: REGISTER, variables: { input: { ...personal, cohortYear: 2025, activityRegions: [{ prefectureCode: '13', municipality: '新宿区' }] } } },
    });
    expect(response.json().errors).toEqual([
      { message: 'Internal server error', locations: [{ line: 3, column: 5 }], path: ['registerCoordinator'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);

    const log = lines.join('\n');
    for (const value of [personal.accountId, 'log-test-7781', personal.name, personal.email, 'hoa.nguyen', personal.phone, PHONE_DIGITS, '新宿区', 'Failing row']) {
      expect(log).not.toContain(value);
    }
    const reported = lines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50);
    expect(reported).toEqual([
      expect.objectContaining({
        reqId: 'req-log-test-1',
        msg: 'unexpected error in a resolver',
        err: expect.objectContaining({ type: 'StatementError', statement: 'coordinators.insert', code: '23514', message: 'statement coordinators.insert failed with code 23514' }),
      }),
    ]);
  });

  it('name the failed statement in /metrics, by name only', async () => {
    const metrics = (await service.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(await metric(INSERT_ERRORS)).toBe(before.insertErrors + 1);
    expect(await metric(TRANSACTIONS)).toBe(before.transactions + 1);
    expect(parseExposition(metrics).value('portal_sql_statement_seconds_total', { service: 'coordinators', statement: 'coordinators.insert' })).toBeGreaterThan(0);
    expect(parseExposition(metrics).value('portal_sql_statement_duration_seconds_count', { service: 'coordinators', statement: 'coordinators.insert', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    for (const value of ['insert into', 'log-test-7781', personal.phone, PHONE_DIGITS, 'hoa.nguyen']) expect(metrics.toLowerCase()).not.toContain(value);
  });
});
