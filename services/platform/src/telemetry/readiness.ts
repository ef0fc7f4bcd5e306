/** How a service's link to NATS stands: its relay's or one consumer's. */
export type LinkState = 'starting' | 'connected' | 'retrying';

export interface ReadinessChecks {
  /** Resolves when the database answers; rejects otherwise. */
  database: () => Promise<void>;
  /** The relay's and each consumer's link to NATS, by name; none without events. */
  events?: () => Record<string, LinkState>;
}

export interface ReadinessReport {
  /** ready; degraded: requests are served (writes wait in the outbox) but events do not flow; unavailable: no database. */
  status: 'ready' | 'degraded' | 'unavailable';
  database: 'up' | 'down';
  events?: Record<string, LinkState>;
}

/**
 * What /ready answers, and with which status code. Without its database a service serves
 * nothing (503, taken out of the load balancer). Without NATS it still serves reads and
 * writes, whose events wait in the outbox, so it stays in (200) and says "degraded":
 * taking every replica out for a NATS outage would turn a delay into an outage.
 */
export async function checkReadiness(checks: ReadinessChecks): Promise<{ statusCode: 200 | 503; report: ReadinessReport; error?: unknown }> {
  let error: unknown;
  const database = await checks.database().then(
    () => 'up' as const,
    (err: unknown) => ((error = err), 'down' as const),
  );
  const events = checks.events?.();
  const flowing = Object.values(events ?? {}).every((state) => state === 'connected');
  const status = database === 'down' ? 'unavailable' : flowing ? 'ready' : 'degraded';
  return { statusCode: database === 'up' ? 200 : 503, report: { status, database, ...(events ? { events } : {}) }, ...(error ? { error } : {}) };
}
