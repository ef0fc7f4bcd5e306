import { statementStats } from './statements';

/** One line of /metrics: `portal_<name>{service="…", <labels>} <value>`. Label values must come from a bounded set. */
export interface MetricSample {
  name: string;
  labels?: Record<string, string>;
  value: number;
}

const labelValue = (value: string) => value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));

/** The samples in Prometheus' text format, each labelled with the service. */
export function renderMetrics(service: string, samples: MetricSample[]): string {
  const lines = samples.map(({ name, labels, value }) => {
    const pairs = Object.entries({ service, ...labels }).map(([key, v]) => `${key}="${labelValue(v)}"`);
    return `portal_${name}{${pairs.join(',')}} ${value}`;
  });
  return `${lines.join('\n')}\n`;
}

/** Per named store statement of the service (names only, a bounded set): calls, failures and total seconds. */
export function statementMetrics(service: string): MetricSample[] {
  return statementStats(service).flatMap(([statement, stats]) => [
    { name: 'sql_statement_calls_total', labels: { statement }, value: stats.calls },
    { name: 'sql_statement_errors_total', labels: { statement }, value: stats.errors },
    { name: 'sql_statement_seconds_total', labels: { statement }, value: Number(stats.seconds.toFixed(6)) },
  ]);
}
