import type { FastifyBaseLogger } from 'fastify';
import { isCertificationInactive, type CertificationState } from '@portal/platform';
import { COORDINATOR_EVENTS, coordinatorErasure, coordinatorSnapshot, type Connect, type EventEnvelope, type EventStream } from '@portal/platform/events';
import { followStream } from './stream-follower';

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

  /** The coordinator the account is, if the directory knows it. */
  coordinatorIdOf(accountId: string): string | undefined {
    return this.byAccount.get(accountId)?.coordinatorId;
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
  /** The coordinator the account is, if the directory knows it. */
  coordinatorIdOf(accountId: string): string | undefined;
  /** True once every coordinator event on the stream when the feed started has been applied. */
  readonly caughtUp: boolean;
  stop(): Promise<void>;
}

/**
 * Follows the coordinator events of the stream from its first message: on every start the
 * gateway rebuilds its projection from the stream, which keeps every event.
 */
export function followCertifications(options: CertificationFeedOptions): CertificationStandings {
  const projection = new CertificationProjection();
  const follower = followStream({
    connect: options.connect,
    stream: options.stream,
    filter: COORDINATOR_EVENTS,
    from: 'all',
    name: 'certifications',
    log: options.log,
    apply: (event) => {
      projection.apply(event);
      options.onApplied?.(event, Date.now() - Date.parse(event.occurredAt));
    },
  });
  return {
    isInactive: (accountId) => projection.isInactive(accountId, options.graceDays, options.clock?.() ?? new Date()),
    coordinatorIdOf: (accountId) => projection.coordinatorIdOf(accountId),
    get caughtUp() {
      return follower.caughtUp;
    },
    stop: () => follower.stop(),
  };
}
