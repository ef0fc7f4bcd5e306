import { or, sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { parseEventData, type CoordinatorErasure } from './catalog';
import { applyCoordinatorEvents } from './coordinator-projection';
import type { EventEnvelope } from './envelope';
import { deadLetters, outbox } from './tables';

/** The consumer filter of a service that keeps no projection and needs erasures only. */
export const COORDINATOR_ERASURES = 'coordinator.erased';

/**
 * Deletes the dead letters that hold an erased coordinator: a message set aside keeps the
 * event as it travelled, account id included, and no coordinator event of theirs may be
 * replayed now. Ids are matched as JSON strings, quotes included, so that erasing `idp|c-1`
 * leaves the dead letters of `idp|c-10` alone.
 */
export async function deleteDeadLettersOf(tx: Executor, erased: CoordinatorErasure): Promise<void> {
  const mentions = (id: string) => sql`strpos(${deadLetters.payload}, ${JSON.stringify(id)}) > 0`;
  await tx.delete(deadLetters).where(or(mentions(erased.accountId), mentions(erased.coordinatorId)));
}

/**
 * Deletes the service's own events that name the erased account (`data.accountId`:
 * `survey.answered`, `study_meeting.registered`, …; `data.authorAccountId`: a board thread's
 * case-study request), published or not: an outbox keeps its rows after relaying them. One
 * not yet relayed is then never sent, as nothing more is.
 */
export async function deleteOutboxEventsOf(tx: Executor, erased: CoordinatorErasure): Promise<void> {
  await tx
    .delete(outbox)
    .where(or(sql`${outbox.data} ->> 'accountId' = ${erased.accountId}`, sql`${outbox.data} ->> 'authorAccountId' = ${erased.accountId}`));
}

export interface CoordinatorEventOptions {
  /** Keeps the service's coordinator projection (announcements, surveys, reporting). */
  projection?: boolean;
  /** The service records events that name a member's account in its outbox. */
  eventsNameAccounts?: boolean;
  /** Deletes or anonymises what the service's own tables hold of an erased coordinator. */
  forget?: (tx: Executor, erased: CoordinatorErasure) => Promise<void>;
}

/**
 * What a service does with coordinator events inside its consumer's transaction, a batch of
 * them in stream order: keeps its projection if it has one and, when a coordinator is
 * erased, forgets them in its own tables and its dead letters. An erasure applied again
 * finds nothing left to change.
 */
export function coordinatorEventsHandler(options: CoordinatorEventOptions): (tx: Executor, events: readonly EventEnvelope[]) => Promise<void> {
  return async (tx, events) => {
    if (options.projection) await applyCoordinatorEvents(tx, events);
    for (const event of events) {
      if (event.type !== 'coordinator.erased') continue;
      const erased = parseEventData('coordinator.erased', event.data);
      await deleteDeadLettersOf(tx, erased);
      if (options.eventsNameAccounts) await deleteOutboxEventsOf(tx, erased);
      await options.forget?.(tx, erased);
    }
  };
}

/** `coordinatorEventsHandler` for a consumer that applies one event at a time. */
export function coordinatorEventHandler(options: CoordinatorEventOptions): (tx: Executor, event: EventEnvelope) => Promise<void> {
  const handle = coordinatorEventsHandler(options);
  return (tx, event) => handle(tx, [event]);
}

/** The projection's handling of coordinator events, for a service that keeps nothing else of them. */
export const projectCoordinatorEvents = coordinatorEventsHandler({ projection: true });
