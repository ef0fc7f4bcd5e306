import { monthInJapan, type Executor } from '@portal/platform';
import { applyPartnerEvent, parseEventData, projectCoordinatorEvents, type EventEnvelope } from '@portal/platform/events';
import { tallyResponse } from '@portal/platform/privacy';
import { createStore } from './store';
import { tallyFieldIssue, tallyReferralDecline, tallyReferralFlow } from './tally';

/** The durable consumer (and processed_events) name of reporting. */
export const REPORTING_CONSUMER = 'reporting';

/** Every portal event: reporting keeps its own copy of all it reports on. */
export const REPORTING_EVENTS = '>';

/**
 * Applies one portal event to the aggregates, inside the consumer's transaction (and in a
 * rebuild, to the fresh tables). Events reporting does not count (announcements, case
 * studies, types added later) only move the freshness mark.
 */
export async function applyReportingEvent(tx: Executor, event: EventEnvelope): Promise<void> {
  const store = createStore(tx);
  switch (event.type) {
    case 'coordinator.registered':
    case 'coordinator.profile_updated':
    case 'coordinator.certification_changed':
    case 'coordinator.certification_renewed':
    case 'coordinator.certification_expired':
    case 'coordinator.erased':
      await projectCoordinatorEvents(tx, event);
      break;
    case 'partner.approved':
    case 'partner.archived':
      await applyPartnerEvent(tx, event);
      break;
    case 'survey.opened': {
      const data = parseEventData(event.type, event.data);
      await store.saveSurveyDefinition(data.surveyId, data.questions, data.closesAt, event.occurredAt);
      break;
    }
    case 'survey.closed': {
      const data = parseEventData(event.type, event.data);
      await store.closeSurvey(data.surveyId, event.occurredAt, data.responses);
      break;
    }
    case 'survey.response_submitted': {
      const data = parseEventData(event.type, event.data);
      await store.countResponse(data.surveyId, tallyResponse(data));
      break;
    }
    case 'field_issue.reported':
      await store.countFieldIssue(tallyFieldIssue(parseEventData(event.type, event.data), event.occurredAt));
      break;
    case 'referral.status_changed':
      await store.countReferralFlow(tallyReferralFlow(parseEventData(event.type, event.data), event.occurredAt));
      break;
    case 'referral.declined':
      await store.countReferralDecline(tallyReferralDecline(parseEventData(event.type, event.data), event.occurredAt));
      break;
    case 'consultation.question_posted': {
      const { threadId, contributorId, prefectureCode, fields } = parseEventData(event.type, event.data);
      await store.postQuestion({ threadId, contributorId, prefectureCode, fields: [...new Set(fields)], postedMonth: monthInJapan(new Date(event.occurredAt)) });
      break;
    }
    case 'consultation.question_answered':
      await store.answerQuestion(parseEventData(event.type, event.data).threadId, monthInJapan(new Date(event.occurredAt)));
      break;
  }
  await store.markFresh(event.occurredAt);
}
