import { badInput, conflict, notFound, type Identity } from '@portal/platform';
import { guard } from './authorization';
import type { StudyMeetingRow } from './db/schema';
import { studyMeetingRegistered, studyMeetingRegistrationCancelled } from './events';
import type { StudyMeetingInput } from './inputs';
import type { RegistrationStats, Store } from './store';

/** Schedules a meeting; every linked case must exist and be PUBLISHED, else the id is named. */
export async function schedule(store: Store, identity: Identity, input: StudyMeetingInput, now = new Date()): Promise<StudyMeetingRow> {
  const { caseStudyIds, ...meeting } = input;
  const published = new Set(
    (await store.findCaseStudies(caseStudyIds)).filter((row) => row.status === 'PUBLISHED').map((row) => row.id),
  );
  const unpublished = caseStudyIds.flatMap((id, index) =>
    published.has(id) ? [] : [{ field: `input.caseStudyIds.${index}`, message: `${id} is not a published case study` }],
  );
  if (unpublished.length > 0) throw badInput(unpublished);
  return store.transaction((tx) => tx.insertStudyMeeting({ ...meeting, organizerAccountId: identity.sub, createdAt: now }, caseStudyIds));
}

/** Seats can be taken and given back until the meeting starts. */
const assertOpen = (meeting: StudyMeetingRow, now: Date) => {
  if (meeting.startsAt <= now) throw conflict('Registration for this study meeting has closed: it has already started');
};

/**
 * Takes one seat for the caller. The meeting row stays locked while the seats are counted
 * and the seat is taken, so concurrent registrations never exceed capacity; registering
 * again returns the meeting with the seat already held.
 */
export async function register(store: Store, identity: Identity, id: string, traceparent: string, now = new Date()): Promise<StudyMeetingRow> {
  return store.transaction(async (tx) => {
    const meeting = await tx.lockStudyMeeting(id);
    if (!meeting) throw notFound('Study meeting', id);
    assertOpen(meeting, now);
    if (await tx.isRegistered(id, identity.sub)) return meeting;
    if (!(await tx.insertRegistrationWithinCapacity(id, identity.sub, meeting.capacity, now))) {
      throw conflict(`The study meeting is full (${meeting.capacity} seats)`);
    }
    await tx.recordEvents([studyMeetingRegistered(meeting, identity.sub)], traceparent);
    return meeting;
  });
}

/** Gives the caller's seat back; without one, nothing changes. */
export async function cancelRegistration(
  store: Store,
  identity: Identity,
  id: string,
  traceparent: string,
  now = new Date(),
): Promise<StudyMeetingRow> {
  const [meeting] = await store.findStudyMeetings([id]);
  if (!meeting) throw notFound('Study meeting', id);
  assertOpen(meeting, now);
  await store.transaction(async (tx) => {
    if (await tx.deleteRegistration(id, identity.sub)) {
      await tx.recordEvents([studyMeetingRegistrationCancelled(meeting, identity.sub)], traceparent);
    }
  });
  return meeting;
}

/** The online URL is for those who hold a seat, and for the agency. */
export function seesOnlineUrl(stats: RegistrationStats, identity: Identity): boolean {
  return stats.viewerIsRegistered || guard.allows(identity, 'seeEveryOnlineUrl');
}
