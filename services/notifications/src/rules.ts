import { parseEventData, type EventData, type EventEnvelope, type EventType } from '@portal/platform/events';
import { activityReportSubmitted } from './activity-reports';
import { daysBefore, daysBeforeInJapan } from './calendar';
import { COLLABORATION_RULES } from './collaboration-notices';
import { deliver } from './delivery';
import type { Store } from './store';

/** When reminders go out, Japan time: at the start of a working day. */
const REMINDER_HOUR = 9;

type Rule<T extends EventType> = (tx: Store, data: EventData<T>, event: EventEnvelope, now: Date) => Promise<unknown>;
export type Rules = { [T in EventType]?: Rule<T> };

/**
 * Who is told what, by event type: one entry per event. A notice for now goes through
 * `deliver`; one for later is a row in `scheduled`, told by the scheduler when due
 * (scheduler.ts), its audience decided then.
 */
export const RULES: Rules = {
  'notification_address.changed': (tx, data, event) =>
    tx.saveAddress({ accountId: data.accountId, coordinatorId: data.coordinatorId, email: data.email, asOf: event.occurredAt }),

  'announcement.published': async (tx, data, event, now) => {
    const facts = { announcementId: data.announcementId, category: data.category, importance: data.importance, effectiveDate: data.effectiveDate };
    const audience = { prefectureCodes: data.targetPrefectureCodes };
    const kind = data.importance === 'URGENT' ? 'URGENT_ANNOUNCEMENT' : 'ANNOUNCEMENT';
    await deliver(tx, { kind, sourceKey: event.id, facts, audience }, now);
    if (data.category === 'LAW_CHANGE' && data.effectiveDate) {
      await tx.schedule({
        key: `law-change:${data.announcementId}`,
        kind: 'LAW_CHANGE_REMINDER',
        dueAt: daysBeforeInJapan(data.effectiveDate, 7, REMINDER_HOUR),
        facts,
        prefectureCodes: data.targetPrefectureCodes,
      });
    }
  },

  // Withdrawn before it takes effect: nobody is reminded of it.
  'announcement.withdrawn': (tx, data) => tx.unschedule(`law-change:${data.announcementId}`),

  'survey.opened': async (tx, data, event, now) => {
    const facts = { surveyId: data.surveyId, closesAt: data.closesAt };
    await deliver(tx, { kind: 'SURVEY_OPENED', sourceKey: event.id, facts, audience: { prefectureCodes: [] } }, now);
    if (data.closesAt) {
      await tx.schedule({ key: `survey-closing:${data.surveyId}`, kind: 'SURVEY_CLOSING', dueAt: daysBefore(data.closesAt, 3), facts });
    }
  },
  'survey.answered': (tx, data) => tx.recordAnswer(data.surveyId, data.accountId),
  // Closed early: nobody is reminded of it any more.
  'survey.closed': (tx, data) => tx.unschedule(`survey-closing:${data.surveyId}`),

  'study_meeting.registered': (tx, data) =>
    tx.schedule({
      key: `study-meeting:${data.studyMeetingId}:${data.accountId}`,
      kind: 'STUDY_MEETING_TOMORROW',
      accountId: data.accountId,
      dueAt: daysBefore(data.startsAt, 1),
      facts: { studyMeetingId: data.studyMeetingId, startsAt: data.startsAt },
    }),
  'study_meeting.registration_cancelled': (tx, data) => tx.unschedule(`study-meeting:${data.studyMeetingId}:${data.accountId}`),

  'field_issue.status_changed': (tx, data, event, now) =>
    deliver(
      tx,
      { kind: 'FIELD_ISSUE_UPDATE', sourceKey: event.id, facts: { status: data.status, responded: String(data.responded) }, audience: { accountIds: [data.accountId] } },
      now,
    ),

  ...COLLABORATION_RULES,
  'activity_report.submitted': (tx, data) => activityReportSubmitted(tx, data),
};

/** Applies the rule for an event, if there is one (other events concern nobody here). */
export async function applyRule(tx: Store, event: EventEnvelope, now: Date): Promise<void> {
  const rule = RULES[event.type as EventType] as Rule<EventType> | undefined;
  if (rule) await rule(tx, parseEventData(event.type as EventType, event.data), event, now);
}
