import type { Identity, RequestContext } from '@portal/platform';
import { groupLoader, rowLoader } from '@portal/platform';
import type { CaseStudyRow, StudyMeetingRow } from './db/schema';
import type { RegistrationStats, Store } from './store';

export function createContext(store: Store, identity: Identity) {
  // Every key asked for in one tick (one _entities call, one hop of a list) is fetched by one statement.
  const caseStudies = rowLoader<string, CaseStudyRow>((ids) => store.findCaseStudies(ids), (row) => row.id);
  const caseStudiesByAuthor = groupLoader<string, CaseStudyRow>(
    (accountIds) => store.caseStudiesOfAuthors(accountIds, identity.sub),
    // Found by author, so never a former member's.
    (row) => row.authorAccountId!,
  );
  const studyMeetings = rowLoader<string, StudyMeetingRow>((ids) => store.findStudyMeetings(ids), (row) => row.id);
  const caseStudiesByMeeting = groupLoader((ids: readonly string[]) => store.caseStudiesOfMeetings(ids), (row) => row.meetingId);
  const registrations = rowLoader<string, RegistrationStats>((ids) => store.registrationStats(ids, identity.sub), (row) => row.meetingId);
  return {
    store,
    identity,
    loadCaseStudy: (id: string) => caseStudies.load(id),
    /** The author's cases that the caller may see. */
    loadCaseStudiesOf: (accountId: string) => caseStudiesByAuthor.load(accountId),
    loadStudyMeeting: (id: string) => studyMeetings.load(id),
    loadCaseStudiesOfMeeting: (meetingId: string) => caseStudiesByMeeting.load(meetingId),
    /** Seats taken, and whether the caller holds one. */
    loadRegistrations: async (meetingId: string): Promise<RegistrationStats> =>
      (await registrations.load(meetingId)) ?? { meetingId, registeredCount: 0, viewerIsRegistered: false },
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
