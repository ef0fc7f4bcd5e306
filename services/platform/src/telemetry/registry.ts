import { collectDefaultMetrics, Registry } from 'prom-client';

/** Prometheus' text exposition format, as prom-client writes it. */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

// Process and event-loop metrics are the process's, whatever runs in it: collected once,
// however many servers a process builds (tests build dozens), and exposed by each.
let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** A server's own metrics, each series labelled with `service`. */
export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  return registry;
}

/**
 * The server's metrics followed by the process's, one exposition; or only the metrics
 * `names` lists (the server's own), collecting no other: a reader of two counters then causes
 * none of the SQL that the backlog gauges run at a full scrape.
 */
export async function exposition(registry: Registry, names?: readonly string[]): Promise<string> {
  if (names) {
    const wanted = names.filter((name) => registry.getSingleMetric(name));
    return (await Promise.all(wanted.map((name) => registry.getSingleMetricAsString(name)))).map((text) => `${text}\n`).join('');
  }
  const [own, process] = await Promise.all([registry.metrics(), processMetrics().metrics()]);
  return `${own}\n${process}`;
}
