import { portalEvent } from '@portal/platform/events';
import type { CaseStudyRow, StudyMeetingRow } from './db/schema';

/** What reporting may know of a published case: its kind, fields and prefecture, never its text. */
export const caseStudyPublished = (row: CaseStudyRow) =>
  portalEvent('case_study.published', row.id, {
    caseStudyId: row.id,
    kind: row.kind,
    fields: row.fields,
    prefectureCode: row.prefectureCode,
  });

/** A member took a seat: the notifications service reminds them the day before. */
export const studyMeetingRegistered = (meeting: StudyMeetingRow, accountId: string) =>
  portalEvent('study_meeting.registered', meeting.id, { studyMeetingId: meeting.id, accountId, startsAt: meeting.startsAt.toISOString() });

export const studyMeetingRegistrationCancelled = (meeting: StudyMeetingRow, accountId: string) =>
  portalEvent('study_meeting.registration_cancelled', meeting.id, { studyMeetingId: meeting.id, accountId });
