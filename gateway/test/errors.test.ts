import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { useGateway } from './helpers';

// Only the coordinators subgraph runs; every other subgraph is unreachable.
const production = useGateway();
const development = useGateway({ dev: true });
const MEMBER = { sub: 'idp|c-1', roles: ['COORDINATOR' as const] };

async function ask(gateway: typeof production, query: string, caller = MEMBER) {
  const response = await gateway.post({ query }, { token: await gateway.token(caller) });
  return { status: response.status, body: response.body };
}

/** Runs `query` while the coordinators subgraph's listing table is missing: every directory search fails inside the subgraph. */
async function withBrokenDirectory<T>(gateway: typeof production, query: () => Promise<T>): Promise<T> {
  const sql = postgres(gateway.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`ALTER TABLE coordinator_listing RENAME TO coordinator_listing_away`;
    try {
      return await query();
    } finally {
      await sql`ALTER TABLE coordinator_listing_away RENAME TO coordinator_listing`;
    }
  } finally {
    await sql.end();
  }
}

describe('errors in production carry the code and the path, and the message only where written for the caller', () => {
  it("a subgraph's BAD_USER_INPUT: message, path, code and the input at fault, without the subgraph's name", async () => {
    expect(await ask(production, '{ coordinators(first: 0) { totalCount } }')).toEqual({
      status: 200,
      body: {
        data: { coordinators: null },
        errors: [
          {
            message: 'first: must be between 1 and 100',
            path: ['coordinators'],
            extensions: { code: 'BAD_USER_INPUT', field: 'first', issues: [{ field: 'first', message: 'must be between 1 and 100' }] },
          },
        ],
      },
    });
  });

  it('an unexpected error inside a subgraph: masked, with its path', async () => {
    expect(await withBrokenDirectory(production, () => ask(production, '{ coordinators { totalCount } }'))).toEqual({
      status: 200,
      body: { data: { coordinators: null }, errors: [{ message: 'Internal server error', path: ['coordinators'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });

  it("the gateway's own failure (a subgraph it cannot reach): masked, naming neither the subgraph nor its address", async () => {
    const unreachable = await ask(production, '{ partners { totalCount } }');
    expect(unreachable).toEqual({
      status: 200,
      body: {
        data: { partners: null },
        errors: [{ message: 'This part of the portal is unavailable at the moment; please try again shortly', path: ['partners'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      },
    });
  });
});

describe('errors in development keep their details', () => {
  it('names the subgraph and keeps the stack and the original message', async () => {
    const badInput = await ask(development, '{ coordinators(first: 0) { totalCount } }');
    expect(badInput.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', serviceName: 'coordinators' });
    expect(badInput.body.errors[0].extensions.stacktrace[0]).toBe('GraphQLError: first: must be between 1 and 100');
    const unreachable = await ask(development, '{ partners { totalCount } }');
    expect(unreachable.body.errors[0]).toMatchObject({ path: ['partners'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });
});
