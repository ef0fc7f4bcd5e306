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

/** The server's metrics followed by the process's, one exposition. */
export async function exposition(registry: Registry): Promise<string> {
  const [own, process] = await Promise.all([registry.metrics(), processMetrics().metrics()]);
  return `${own}\n${process}`;
}
