import { Counter, Histogram, type Registry } from 'prom-client';
import { observeStatements, statementStats } from '../statements';

const SQL_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The service's named store statements (names only, a bounded set): calls, failures and
 * seconds as counters, and a latency histogram. Returns the way to stop observing.
 */
export function registerStatementMetrics(registry: Registry, service: string): () => void {
  const totals = (name: string, help: string, pick: (s: { calls: number; errors: number; seconds: number }) => number) =>
    new Counter({
      name,
      help,
      labelNames: ['statement'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [statement, stats] of statementStats(service)) this.inc({ statement }, pick(stats));
      },
    });
  totals('portal_sql_statement_calls_total', 'Calls of each named store statement', (s) => s.calls);
  totals('portal_sql_statement_errors_total', 'Calls of each named store statement that failed in the database or driver', (s) => s.errors);
  totals('portal_sql_statement_seconds_total', 'Seconds spent in each named store statement', (s) => s.seconds);
  const duration = new Histogram({
    name: 'portal_sql_statement_duration_seconds',
    help: 'Duration of each named store statement, by outcome',
    labelNames: ['statement', 'outcome'],
    buckets: SQL_BUCKETS,
    registers: [registry],
  });
  const prefix = `${service}.`;
  return observeStatements((statement, seconds, failed) => {
    if (statement.startsWith(prefix)) duration.observe({ statement, outcome: failed ? 'error' : 'ok' }, seconds);
  });
}
