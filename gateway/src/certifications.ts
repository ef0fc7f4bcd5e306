import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { FastifyBaseLogger } from 'fastify';
import { isCertificationInactive, type CertificationState } from '@portal/platform';
import {
  COORDINATOR_EVENTS,
  coordinatorErasure,
  coordinatorSnapshot,
  createBackoff,
  createWaiter,
  parseEnvelope,
  type Connect,
  type EventEnvelope,
  type EventStream,
} from '@portal/platform/events';

/**
 * The certification of every coordinator account, as the coordinator events tell it: what
 * the gateway needs to sign whether a caller's certification still grants member access,
 * without asking the directory on every request. Events arrive in stream order; an erased
 * coordinator's snapshot that arrives late (a republished event) is ignored.
 */
export class CertificationProjection {
  private readonly byAccount = new Map<string, CertificationState & { coordinatorId: string }>();
  private readonly erased = new Set<string>();

  apply(event: EventEnvelope): void {
    if (event.type === 'coordinator.erased') {
      const { coordinatorId, accountId } = coordinatorErasure.parse(event.data);
      this.erased.add(coordinatorId);
      if (this.byAccount.get(accountId)?.coordinatorId === coordinatorId) this.byAccount.delete(accountId);
      return;
    }
    const snapshot = coordinatorSnapshot.parse(event.data);
    if (this.erased.has(snapshot.coordinatorId)) return;
    this.byAccount.set(snapshot.accountId, {
      coordinatorId: snapshot.coordinatorId,
      certificationStatus: snapshot.certificationStatus,
      validUntil: snapshot.validUntil,
    });
  }

  /**
   * True when the account holds a certification that no longer grants access. An account
   * the directory does not know (staff, a graduate not registered yet, an erased member)
   * has no certification to lapse: its roles alone decide.
   */
  isInactive(accountId: string, graceDays: number, now = new Date()): boolean {
    const state = this.byAccount.get(accountId);
    return state ? isCertificationInactive(state, { now, graceDays }) : false;
  }
}

export interface CertificationFeedOptions {
  connect: Connect;
  stream: EventStream;
  /** Days after validUntil during which an expired certification still grants access. */
  graceDays: number;
  /** The time the grace period is judged at; tests set their own. */
  clock?: () => Date;
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  /** Called after each event is applied, with how long after it occurred (ms). */
  onApplied?: (event: EventEnvelope, lagMs: number) => void;
}

/** What the gateway asks of the certifications it follows, for every request. */
export interface CertificationStandings {
  /** True when the account's certification no longer grants member access. */
  isInactive(accountId: string): boolean;
  /** True once every coordinator event on the stream when the feed started has been applied. */
  readonly caughtUp: boolean;
  stop(): Promise<void>;
}

/**
 * Follows the coordinator events of the stream from its first message with an ordered
 * (ephemeral, unacknowledged) consumer: on every start the gateway rebuilds its projection
 * from the stream, which keeps every event. A lost connection resumes after the last
 * applied message; NATS unreachable at start is retried with back-off, the projection
 * staying as it was meanwhile.
 */
export function followCertifications(options: CertificationFeedOptions): CertificationStandings {
  const projection = new CertificationProjection();
  const backoff = createBackoff(100, 5_000);
  const waiter = createWaiter();
  let caughtUp = false;
  let stopping = false;
  let lastSeq = 0;
  let nc: NatsConnection | undefined;
  let messages: { stop(): void } | undefined;

  async function follow() {
    nc ??= await options.connect();
    const consumer = await jetstream(nc).consumers.get(options.stream.name, {
      filter_subjects: `${options.stream.subjectPrefix}.${COORDINATOR_EVENTS}`,
      deliver_policy: lastSeq > 0 ? DeliverPolicy.StartSequence : DeliverPolicy.All,
      ...(lastSeq > 0 ? { opt_start_seq: lastSeq + 1 } : {}),
    });
    if ((await consumer.info(true)).num_pending === 0) caughtUp = true;
    const stream = await consumer.consume({ max_messages: 500 });
    messages = stream;
    backoff.reset();
    for await (const msg of stream) {
      const parsed = parseEnvelope(msg);
      if ('event' in parsed) {
        try {
          projection.apply(parsed.event);
          options.onApplied?.(parsed.event, Date.now() - Date.parse(parsed.event.occurredAt));
        } catch {
          // Not a coordinator event this gateway understands: a later producer's; skipped.
          options.log.warn({ subject: msg.subject, seq: msg.seq }, 'coordinator event skipped');
        }
      }
      lastSeq = msg.seq;
      if (msg.info.pending === 0 && !caughtUp) {
        caughtUp = true;
        options.log.info({ seq: msg.seq }, 'certifications caught up with the stream');
      }
    }
  }

  const running = (async () => {
    while (!stopping) {
      try {
        await follow();
      } catch (error) {
        if (stopping) break;
        const delay = backoff.next();
        options.log.warn({ err: { type: (error as Error).name }, retryInMs: Math.round(delay) }, 'certifications cannot follow the stream');
        await waiter.wait(delay);
      }
    }
  })();

  return {
    isInactive: (accountId) => projection.isInactive(accountId, options.graceDays, options.clock?.() ?? new Date()),
    get caughtUp() {
      return caughtUp;
    },
    async stop() {
      stopping = true;
      messages?.stop();
      waiter.wake();
      await running;
      await nc?.close();
    },
  };
}
