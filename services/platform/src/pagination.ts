import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The arguments of a connection field: a page size and the cursor to continue after. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

/** A connection field with a filter, validated by the resolver (see filterInput). */
export interface FilteredConnectionArgs extends ConnectionArgs {
  filter?: unknown;
}

export interface PageRequest<K> {
  limit: number;
  /** The sort key of the last row already seen, if any. */
  after: K | undefined;
}

/**
 * Validates `first` and decodes `after`. Cursors are opaque to clients: base64url JSON of
 * the row's sort key, so pagination is stable while rows are added or removed.
 */
export function pageRequest<K>(
  args: ConnectionArgs,
  isKey: (value: unknown) => value is K,
): PageRequest<K> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput({ field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` });
  }
  if (args.after == null) return { limit: first, after: undefined };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!isKey(decoded)) throw badInput({ field: 'after', message: 'is not a cursor from this list' });
  return { limit: first, after: decoded };
}

export const encodeCursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

export interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/**
 * A page of a connection from up to limit + 1 rows fetched after the cursor; the caller
 * adds totalCount (often lazily, so that it is counted only when asked for).
 */
export function toPage<T, K>(rows: T[], limit: number, keyOf: (row: T) => K): Page<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

/** A cursor key of [string, string]: a sort value and the row id that breaks ties. */
export const isStringPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string');

/** A connection whose total is counted only if the client asks for `totalCount`. */
export interface LazyConnection<T> extends Page<T> {
  countTotal: () => Promise<number>;
}

/**
 * Resolvers of a connection type built from a LazyConnection. (graphql-jit, which
 * mercurius uses, does not call function-valued properties as graphql-js does.)
 */
export const lazyConnectionResolvers = {
  totalCount: (connection: LazyConnection<unknown>) => connection.countTotal(),
};

/** Whether the client selected `name` within the field being resolved (fragments followed). */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === name
        : selection.kind === Kind.INLINE_FRAGMENT
          ? within(selection.selectionSet)
          : within(info.fragments[selection.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** How a connection reads its list: see `connection`. */
export interface ConnectionSource<T extends { total: number | null }, K> {
  /** Whether a decoded cursor is a sort key of this list. */
  isKey: (value: unknown) => value is K;
  /** Up to `limit` rows after the key, each carrying the total when `withTotal` (see `withTotal`). */
  rows: (limit: number, after: K | undefined, withTotal: boolean) => Promise<T[]>;
  keyOf: (row: T) => K;
  count: () => Promise<number>;
}

/**
 * A page of a connection for `first`/`after`: one more row than asked is read to learn
 * whether there is a next page, and the total is read along only if the client selected
 * `totalCount`, and counted separately only when the page cannot tell it.
 */
export async function connection<T extends { total: number | null }, K>(
  args: ConnectionArgs,
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  source: ConnectionSource<T, K>,
): Promise<LazyConnection<T>> {
  const page = pageRequest(args, source.isKey);
  const rows = await source.rows(page.limit + 1, page.after, selectsField(info, 'totalCount'));
  return { ...toPage(rows, page.limit, source.keyOf), countTotal: pageTotal(rows, page.after, source.count) };
}

/**
 * totalCount of a page that was fetched with its total (see `withTotal`): known from any
 * row; an empty first page means none. Only an empty page after a cursor must be counted.
 */
export function pageTotal(rows: readonly { total: number | null }[], after: unknown, count: () => Promise<number>): () => Promise<number> {
  const known = rows[0]?.total;
  if (known != null) return () => Promise.resolve(known);
  if (after === undefined && rows.length === 0) return () => Promise.resolve(0);
  return count;
}
