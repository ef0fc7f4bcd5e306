import { monthInJapan, type Executor } from '@portal/platform';
import { applyPartnerEvent, parseEventData, projectCoordinatorEvents, type EventEnvelope } from '@portal/platform/events';
import { tallyResponse, type ResponseTally } from '@portal/platform/privacy';
import { filedInTime } from './activity-reports';
import { createStore, type PostedQuestion } from './store';
import {
  tallyFieldIssue,
  tallyReferralDecline,
  tallyReferralFlow,
  type FieldIssueIncrement,
  type ReferralDeclineIncrement,
  type ReferralFlowIncrement,
} from './tally';

/** The durable consumer (and processed_events) name of reporting. */
export const REPORTING_CONSUMER = 'reporting';

/** Every portal event: reporting keeps its own copy of all it reports on. */
export const REPORTING_EVENTS = '>';

/**
 * Applies a batch of portal events to the aggregates, inside the consumer's transaction (and
 * in a rebuild, to the fresh tables). Counters are sums, so the batch's counting events are
 * added set-based, one statement per table whatever the batch's size, and so are the
 * coordinator snapshots between erasures; survey definitions, partner snapshots and activity
 * reports (a correction replaces its filing), whose order matters and which are few, are
 * applied one after another in stream order. No
 * counter depends on a definition or snapshot at write time. Events reporting
 * does not count (announcements, case studies, types added later) only move the freshness
 * mark.
 */
export async function applyReportingEvents(tx: Executor, events: readonly EventEnvelope[]): Promise<void> {
  const store = createStore(tx);
  const coordinatorEvents: EventEnvelope[] = [];
  const responses: { surveyId: string; tally: ResponseTally }[] = [];
  const fieldIssues: FieldIssueIncrement[] = [];
  const referralFlows: ReferralFlowIncrement[] = [];
  const referralDeclines: ReferralDeclineIncrement[] = [];
  const questions: PostedQuestion[] = [];
  const answers: { threadId: string; answeredMonth: string }[] = [];
  for (const event of events) {
    switch (event.type) {
      case 'coordinator.registered':
      case 'coordinator.profile_updated':
      case 'coordinator.certification_changed':
      case 'coordinator.certification_renewed':
      case 'coordinator.certification_expired':
      case 'coordinator.erased':
        coordinatorEvents.push(event);
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
        responses.push({ surveyId: data.surveyId, tally: tallyResponse(data) });
        break;
      }
      case 'field_issue.reported':
        fieldIssues.push(...tallyFieldIssue(parseEventData(event.type, event.data), event.occurredAt));
        break;
      case 'referral.status_changed':
        referralFlows.push(...tallyReferralFlow(parseEventData(event.type, event.data), event.occurredAt));
        break;
      case 'referral.declined':
        referralDeclines.push(...tallyReferralDecline(parseEventData(event.type, event.data), event.occurredAt));
        break;
      case 'consultation.question_posted': {
        const { threadId, contributorId, prefectureCode, fields } = parseEventData(event.type, event.data);
        questions.push({ threadId, contributorId, prefectureCode, fields: [...new Set(fields)], postedMonth: monthInJapan(new Date(event.occurredAt)) });
        break;
      }
      case 'activity_report.filed': {
        const { reportId, ...report } = parseEventData(event.type, event.data);
        // A correction replaces the filing, so these go in stream order. The coordinators
        // service takes no filing after the deadline; one made later anyway never reaches a figure.
        if (filedInTime(report.quarter, event.occurredAt)) await store.saveActivityReport({ reportId, ...report, filedAt: event.occurredAt });
        break;
      }
      case 'consultation.question_answered':
        answers.push({ threadId: parseEventData(event.type, event.data).threadId, answeredMonth: monthInJapan(new Date(event.occurredAt)) });
        break;
    }
  }
  await projectCoordinatorEvents(tx, coordinatorEvents);
  await store.countResponses(responses);
  await store.countFieldIssues(fieldIssues);
  await store.countReferralFlows(referralFlows);
  await store.countReferralDeclines(referralDeclines);
  await store.postQuestions(questions);
  await store.answerQuestions(answers);
  await store.markFresh(events.map((event) => event.occurredAt));
}
