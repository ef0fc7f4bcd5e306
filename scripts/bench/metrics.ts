import { post, TARGET_LABELS, type Target } from './targets';

export interface SubgraphEndpoint {
  name: string;
  /** The subgraph's base URL, e.g. http://127.0.0.1:4001 */
  baseUrl: string;
}

interface Counters {
  requests: number;
  sql: number;
}

/** What one operation costs in one subgraph. */
export interface HopCost {
  subgraph: string;
  /** GraphQL requests the subgraph received per operation. */
  requestsPerOperation: number;
  /** SQL statements per request the subgraph received (per hop); null when it received none. */
  sqlPerHop: number | null;
}

const LINE = /^portal_(graphql_requests_total|sql_statements_total)\{service="[^"]*"\} (\d+)$/;

/** The counters of every subgraph's /metrics. */
async function scrape(subgraphs: SubgraphEndpoint[]): Promise<Map<string, Counters>> {
  const entries = await Promise.all(
    subgraphs.map(async ({ name, baseUrl }) => {
      // Only the two counters: a full scrape would run the backlog gauges' SQL, counted here.
      const text = await (await fetch(new URL('/metrics?name=portal_graphql_requests_total&name=portal_sql_statements_total', baseUrl))).text();
      const counters: Counters = { requests: 0, sql: 0 };
      for (const line of text.split('\n')) {
        const match = LINE.exec(line.trim());
        if (match?.[1] === 'graphql_requests_total') counters.requests = Number(match[2]);
        if (match?.[1] === 'sql_statements_total') counters.sql = Number(match[2]);
      }
      return [name, counters] as const;
    }),
  );
  return new Map(entries);
}

/**
 * Sends `count` requests one after another and divides the subgraphs' counter deltas: how
 * many subgraph requests one operation causes, and how many SQL statements each of them
 * sends. Nothing else may call the subgraphs meanwhile (the relays idle without NATS).
 */
export async function accountOperation(
  target: Target,
  body: () => string,
  count: number,
  subgraphs: SubgraphEndpoint[],
): Promise<HopCost[]> {
  const before = await scrape(subgraphs);
  for (let i = 0; i < count; i++) {
    const response = await post(target, body());
    if (response.status !== 200 || response.body.errors?.length) {
      throw new Error(`${TARGET_LABELS[target.name]} failed during accounting: ${response.status} ${JSON.stringify(response.body.errors)}`);
    }
  }
  const after = await scrape(subgraphs);
  return subgraphs
    .map(({ name }) => {
      const requests = after.get(name)!.requests - before.get(name)!.requests;
      const sql = after.get(name)!.sql - before.get(name)!.sql;
      return { subgraph: name, requestsPerOperation: requests / count, sqlPerHop: requests > 0 ? sql / requests : null };
    })
    .filter((hop) => hop.requestsPerOperation > 0);
}
