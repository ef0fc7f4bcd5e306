import { Kind, parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connection, DEFAULT_PAGE_SIZE, encodeCursor, isStringPair, MAX_PAGE_SIZE, pageRequest, pageTotal, PortalError, selectsField, toPage } from '../src';

const request = (args: { first?: number | null; after?: string | null }) => pageRequest(args, isStringPair);

function refusal(args: { first?: number | null; after?: string | null }): PortalError {
  try {
    request(args);
  } catch (error) {
    expect(error).toBeInstanceOf(PortalError);
    return error as PortalError;
  }
  throw new Error('expected pageRequest to refuse');
}

const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

describe('pageRequest', () => {
  it('defaults to 20 rows from the start', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(request({})).toEqual({ limit: 20, after: undefined });
    expect(request({ first: null, after: null })).toEqual({ limit: 20, after: undefined });
  });

  it('accepts 1 and 100 rows', () => {
    expect(request({ first: 1 }).limit).toBe(1);
    expect(request({ first: MAX_PAGE_SIZE }).limit).toBe(100);
  });

  it.each([0, 101, 1.5, -1])('refuses first = %s as BAD_USER_INPUT naming first', (first) => {
    const error = refusal({ first });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('first: must be between 1 and 100');
    expect(error.extensions.field).toBe('first');
  });

  it('decodes a cursor into the key of the last row seen', () => {
    expect(request({ first: 5, after: encodeCursor(['佐藤 花子', 'c-7']) })).toEqual({ limit: 5, after: ['佐藤 花子', 'c-7'] });
  });

  it.each([
    ['garbage', 'not-a-cursor!'],
    ['base64url of something that is not JSON', Buffer.from('{oops').toString('base64url')],
    ['a cursor of another shape', encodeCursor({ id: 'c-7' })],
    ['a pair that is not of strings', encodeCursor(['a', 1])],
  ])('refuses %s as after', (_what, after) => {
    const error = refusal({ after });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('after: is not a cursor from this list');
    expect(error.extensions.field).toBe('after');
  });
});

describe('toPage', () => {
  const rows = [
    { id: 'c-1', name: 'あ' },
    { id: 'c-2', name: 'い' },
    { id: 'c-3', name: 'う' },
  ];
  const keyOf = (row: { id: string; name: string }) => [row.name, row.id];

  it('reports a next page when limit + 1 rows were fetched, leaving the extra row out', () => {
    const page = toPage(rows, 2, keyOf);
    expect(page.edges.map((e) => e.node.id)).toEqual(['c-1', 'c-2']);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('reports no next page when at most limit rows were fetched', () => {
    expect(toPage(rows, 3, keyOf).pageInfo.hasNextPage).toBe(false);
    expect(toPage(rows.slice(0, 2), 3, keyOf).pageInfo.hasNextPage).toBe(false);
  });

  it("gives each edge a cursor of its row's key, the end cursor being the last row's", () => {
    const page = toPage(rows, 2, keyOf);
    expect(page.edges.map((e) => decode(e.cursor))).toEqual([
      ['あ', 'c-1'],
      ['い', 'c-2'],
    ]);
    expect(decode(page.pageInfo.endCursor!)).toEqual(['い', 'c-2']);
  });

  it('has a null end cursor and no edges for no rows', () => {
    expect(toPage([], 20, keyOf)).toEqual({ pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('round-trips its end cursor through pageRequest', () => {
    const { endCursor } = toPage(rows, 2, keyOf).pageInfo;
    expect(request({ after: endCursor }).after).toEqual(['い', 'c-2']);
  });
});

describe('isStringPair', () => {
  it('accepts exactly two strings', () => {
    expect([['a', 'b'], ['a'], ['a', 'b', 'c'], ['a', null], 'ab', null].map(isStringPair)).toEqual([true, false, false, false, false, false]);
  });
});

const infoOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments } as never;
};

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named fragment', () => {
    expect(selectsField(infoOf('{ list { totalCount edges { cursor } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ list { ... on Conn { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ list { ...Page } } fragment Page on Conn { totalCount }'), 'totalCount')).toBe(true);
  });

  it('does not look into nested fields', () => {
    expect(selectsField(infoOf('{ list { edges { node { totalCount } } } }'), 'totalCount')).toBe(false);
  });
});

describe('pageTotal', () => {
  const never = () => Promise.reject(new Error('must not count'));

  it('takes the total carried by the page', async () => {
    expect(await pageTotal([{ total: 42 }, { total: 42 }], undefined, never)()).toBe(42);
  });

  it('knows an empty first page has no rows at all', async () => {
    expect(await pageTotal([], undefined, never)()).toBe(0);
  });

  it('counts for an empty page after a cursor, where no row carries the total', async () => {
    expect(await pageTotal([], 'cursor', async () => 7)()).toBe(7);
  });
});

describe('connection', () => {
  type Row = { id: number; total: number | null };
  const isNumber = (value: unknown): value is number => typeof value === 'number';
  /** A list of ids 1..n that records what it was asked for. */
  const listOf = (n: number) => {
    const asked: { rows: [number, number | undefined, boolean][]; counts: number } = { rows: [], counts: 0 };
    const source = {
      isKey: isNumber,
      rows: async (limit: number, after: number | undefined, withTotal: boolean): Promise<Row[]> => {
        asked.rows.push([limit, after, withTotal]);
        return Array.from({ length: n }, (_, i) => i + 1)
          .filter((id) => after === undefined || id > after)
          .slice(0, limit)
          .map((id) => ({ id, total: withTotal ? n : null }));
      },
      keyOf: (row: Row) => row.id,
      count: async () => {
        asked.counts++;
        return n;
      },
    };
    return { asked, source };
  };

  it('reads one row more than asked, with the total only when totalCount is selected', async () => {
    const { asked, source } = listOf(5);
    const page = await connection({ first: 2 }, infoOf('{ list { totalCount edges { cursor } } }'), source);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(2) });
    expect(await page.countTotal()).toBe(5);
    const next = await connection({ first: 2, after: encodeCursor(2) }, infoOf('{ list { edges { cursor } } }'), source);
    expect(next.edges.map((edge) => edge.node.id)).toEqual([3, 4]);
    expect(asked).toEqual({ rows: [[3, undefined, true], [3, 2, false]], counts: 0 });
  });

  it('counts only for an empty page after a cursor', async () => {
    const { asked, source } = listOf(2);
    const past = await connection({ first: 2, after: encodeCursor(2) }, infoOf('{ list { totalCount } }'), source);
    expect(past.edges).toEqual([]);
    expect(await past.countTotal()).toBe(2);
    expect(asked.counts).toBe(1);
  });

  it('refuses a cursor that is not a key of the list before reading anything', async () => {
    const { asked, source } = listOf(2);
    await expect(connection({ after: encodeCursor('x') }, infoOf('{ list { totalCount } }'), source)).rejects.toThrow('is not a cursor from this list');
    expect(asked.rows).toEqual([]);
  });
});
