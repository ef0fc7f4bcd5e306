import { jetstreamManager, type ConsumerInfo } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventStream, type EventEnvelope } from '@portal/platform/events';
import { eventually, mentionsIn, type Mention } from '@portal/platform/testing';
import { contractExamples } from '../lib/operations';
import { SUBGRAPHS } from '../lib/subgraphs';
import type { TokenClaims } from '../lib/tokens';
import { admin, analyst } from './callers';
import { useStack } from './stack-fixture';

// The right to erasure over the whole portal: a coordinator with a distinctive name, e-mail
// and phone uses every service, asks to be erased, and an agency admin erases them. Once the
// events are applied, no table of any service's database holds any of it, while what the
// portal reports (survey results, endorsement counts, the published case) stays.

// Trusted documents logged, not enforced: the checks below read what no portal client asks for (history, reporters).
const portal = useStack({ trustedDocuments: 'log' });
const examples = contractExamples();
const member: TokenClaims = { sub: 'idp|erasure-e2e-7f3a9c', roles: ['COORDINATOR'] };
const person = { name: '消去 希望子', nameKana: 'ショウキョ キボウコ', email: 'kibouko.shokyo@example.jp', phone: '080-3141-5926' };
// Respondents enough for the survey report to publish its counts (k = 5).
// Five others: with the member, six respondents, a figure the dashboards show (more than k).
const others = Array.from({ length: 5 }, (_, i): TokenClaims => ({ sub: `idp|erasure-e2e-other-${i + 1}`, roles: ['COORDINATOR'] }));
const traces = [member.sub, person.name, person.nameKana, person.email, person.phone];

/** Every durable consumer on the stream: each service's, and each receives coordinator.erased. */
const CONSUMERS = [
  'announcements-coordinators',
  'case-studies-board-drafts',
  'case-studies-erasures',
  'collaboration-coordinators',
  'collaboration-partners',
  'coordinators-erasures',
  'notifications',
  'partners-erasures',
  'reporting',
  'surveys-coordinators',
];

const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);
const send = async (caller: TokenClaims, operation: string, variables?: Record<string, unknown>) => {
  const res = await portal.sendOperation(caller, operation, variables);
  expect(res.errors, `${operation} as ${caller.sub}`).toBeUndefined();
  return res.data;
};
const query = async (caller: TokenClaims, text: string, variables?: Record<string, unknown>) => {
  const res = await portal.sendText(caller, text, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};

const stream = () => eventStream(portal.streamName);
let nc: NatsConnection;
beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
});
afterAll(() => nc?.close());

/** How many messages of each event type the stream holds. */
async function eventCounts(): Promise<Record<string, number>> {
  const info = await (await jetstreamManager(nc)).streams.info(stream().name, { subjects_filter: '>' });
  return Object.fromEntries(Object.entries(info.state.subjects ?? {}).map(([subject, n]) => [subject.slice(stream().subjectPrefix.length + 1), n]));
}

/** The services' durable consumers; the gateway's ordered consumer of certifications is ephemeral and keeps nothing. */
async function consumers(): Promise<ConsumerInfo[]> {
  const list: ConsumerInfo[] = [];
  for await (const consumer of (await jetstreamManager(nc)).consumers.list(stream().name)) if (consumer.config.durable_name) list.push(consumer);
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/** Resolves once the stream holds at least `expected` events of each type and every consumer has applied every event, those still in an outbox too. */
async function applied(expected: Record<string, number>) {
  await eventually(
    async () => {
      const counts = await eventCounts();
      if (Object.entries(expected).some(([type, n]) => (counts[type] ?? 0) < n)) return false;
      const all = await consumers();
      return all.length === CONSUMERS.length && all.every((c) => c.num_pending === 0 && c.num_ack_pending === 0);
    },
    `events ${JSON.stringify(expected)} applied by every consumer`,
    60_000,
  );
  // The others the requests caused (an endorsement, a meeting registration) may not have left their outbox yet.
  await portal.eventsApplied(`every event up to ${JSON.stringify(expected)} relayed and applied`);
}

/** What each service's database holds of `texts`. */
async function mentions(texts: string[]): Promise<Record<string, Mention[]>> {
  return Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await mentionsIn(portal.databaseUrl(s), texts)] as const)));
}

interface Survey {
  id: string;
  questions: { id: string; options: { id: string }[] }[];
}

/** The contract's example answers with the survey's real ids. */
const answers = (survey: Survey) => {
  const [q1, q2, q3, q4] = survey.questions;
  return {
    surveyId: survey.id,
    answers: [
      { questionId: q1!.id, optionIds: [q1!.options[0]!.id] },
      { questionId: q2!.id, optionIds: [q2!.options[0]!.id, q2!.options[2]!.id] },
      { questionId: q3!.id, scale: 2 },
      { questionId: q4!.id, text: '夜間の医療通訳が地域にない' },
    ],
  };
};

/** The example meeting 60 days from now: the example's own date will pass. */
function upcomingMeeting(caseStudyId: string) {
  const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const input = examples.ScheduleStudyMeeting!.input as Record<string, unknown>;
  return { input: { ...input, startsAt: `${day}T13:00:00+09:00`, endsAt: `${day}T15:00:00+09:00`, caseStudyIds: [caseStudyId] } };
}

const PARTNER = /* GraphQL */ `
  query($id: ID!) { partner(id: $id) { id name status endorsedBy { id } proposedBy { id } history { action changedBy } } }
`;
const CASE = /* GraphQL */ `
  query($id: ID!) { caseStudy(id: $id) { id kind title summary body fields prefectureCode status publishedAt author { id name } } }
`;
const ISSUES = /* GraphQL */ `{ fieldIssues { totalCount edges { node { id description reporter { id } } } } }`;

describe('erasing a coordinator from every service', () => {
  const ids = {} as Record<'coordinator' | 'partner' | 'caseStudy' | 'meeting' | 'announcement', string>;
  let survey: Survey;
  let otherIds: string[] = [];
  /** What the portal shows before the erasure. */
  let before: Record<string, any>;

  it('a coordinator with a distinctive name, e-mail and phone uses every service', async () => {
    const register = async (caller: TokenClaims, details: Record<string, unknown>) =>
      (await send(admin, 'RegisterCoordinator', {
        input: { accountId: caller.sub, cohortYear: 2025, activityRegions: [{ prefectureCode: '09' }], expertiseFields: ['MEDICAL'], ...details },
      })).registerCoordinator.id as string;
    ids.coordinator = await register(member, person);
    otherIds = [];
    for (const [i, other] of others.entries()) otherIds.push(await register(other, { name: `残留 会員${i + 1}` }));

    survey = (await send(admin, 'CreateSurvey', examples.CreateSurvey)).createSurvey;
    await send(admin, 'OpenSurvey', { id: survey.id });
    ids.announcement = (await send(admin, 'PublishAnnouncement', examples.PublishAnnouncement)).publishAnnouncement.id;
    // The respondents' prefectures must be known to surveys before they answer.
    await applied({ 'coordinator.registered': 6 });

    ids.partner = (await send(member, 'ProposePartner', examples.ProposePartner)).proposePartner.id;
    await send(admin, 'ReviewPartner', { ...examples.ReviewPartner, id: ids.partner });
    await send(member, 'EndorsePartner', { id: ids.partner });
    await send(others[0]!, 'EndorsePartner', { id: ids.partner });

    ids.caseStudy = (await send(member, 'DraftCaseStudy', examples.DraftCaseStudy)).createCaseStudyDraft.id;
    expect((await send(member, 'SubmitCaseStudy', { ...examples.SubmitCaseStudy, id: ids.caseStudy })).submitCaseStudy.status).toBe('SUBMITTED');
    await send(admin, 'ReviewCaseStudy', { ...examples.ReviewCaseStudy, id: ids.caseStudy });
    ids.meeting = (await send(admin, 'ScheduleStudyMeeting', upcomingMeeting(ids.caseStudy))).scheduleStudyMeeting.id;
    await send(member, 'RegisterForStudyMeeting', { id: ids.meeting });
    await send(member, 'MarkAnnouncementRead', { id: ids.announcement });

    for (const respondent of [member, ...others]) await send(respondent, 'SubmitSurveyResponse', answers(survey));
    await send(member, 'ReportFieldIssue', examples.ReportFieldIssue);
    // Results are released once the survey has closed.
    await send(admin, 'CloseSurvey', { id: survey.id });
    await applied({ 'survey.response_submitted': 6, 'survey.closed': 1, 'field_issue.reported': 1, 'case_study.published': 1, 'partner.approved': 1 });

    before = {
      surveyReport: (await send(analyst, 'SurveyDashboard', { surveyId: survey.id, prefectureCode: null })).surveyReport,
      fieldIssues: (await send(analyst, 'FieldIssueDashboard', examples.FieldIssueDashboard)).fieldIssueSummary,
      partner: (await query(admin, PARTNER, { id: ids.partner })).partner,
      caseStudy: (await query(others[1]!, CASE, { id: ids.caseStudy })).caseStudy,
      meetings: (await send(others[1]!, 'StudyMeetings')).studyMeetings,
      issues: (await query(admin, ISSUES)).fieldIssues,
    };
    expect(before.surveyReport.totalResponses).toBe(6);
    expect(before.partner.endorsedBy).toEqual([{ id: ids.coordinator }, { id: otherIds[0] }]);
    expect(before.caseStudy.author).toEqual({ id: ids.coordinator, name: person.name });
    expect(before.meetings.map((m: { registeredCount: number }) => m.registeredCount)).toEqual([1]);
  }, 180_000);

  it('before the erasure, every service’s database holds their account id, and the directory their details', async () => {
    const found = await mentions(traces);
    for (const subgraph of SUBGRAPHS) {
      expect(found[subgraph.name]!.map((m) => m.text), subgraph.name).toContain(member.sub);
    }
    expect(new Set(found.coordinators!.map((m) => m.text))).toEqual(new Set(traces));
  }, 60_000);

  it('they ask to be erased; an agency admin sees the request and erases them', async () => {
    const { requestMyErasure } = await send(member, 'RequestMyErasure');
    expect(requestMyErasure.coordinator).toEqual({ id: ids.coordinator });
    const { erasureRequests } = await send(admin, 'ErasureRequests');
    expect(erasureRequests).toEqual([{ requestedAt: requestMyErasure.requestedAt, coordinator: { id: ids.coordinator, name: person.name, certification: expect.any(Object) } }]);
    expect(codes(await portal.sendOperation(member, 'ErasureRequests'))).toEqual(['FORBIDDEN']);
    expect(codes(await portal.sendOperation(member, 'EraseCoordinator', { id: otherIds[0] }))).toEqual(['FORBIDDEN']);

    const { eraseCoordinator } = await send(admin, 'EraseCoordinator', { id: ids.coordinator });
    expect(eraseCoordinator.coordinatorId).toBe(ids.coordinator);
    expect(codes(await portal.sendOperation(admin, 'EraseCoordinator', { id: ids.coordinator }))).toEqual(['NOT_FOUND']);
    expect((await send(admin, 'ErasureRequests')).erasureRequests).toEqual([]);
  });

  it('once every service has applied coordinator.erased, no table of any database holds their account id, name, kana, e-mail or phone', async () => {
    await applied({ 'coordinator.erased': 1 });
    expect((await consumers()).map((c) => c.name)).toEqual(CONSUMERS);
    expect(await mentions(traces)).toEqual(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, []])));
  }, 90_000);

  it('survey results, field issue counts and the endorsement count are as they were', async () => {
    const surveyReport = (await send(analyst, 'SurveyDashboard', { surveyId: survey.id, prefectureCode: null })).surveyReport;
    // The erasure event itself moves the freshness mark.
    expect({ ...surveyReport, lastEventAt: null }).toEqual({ ...before.surveyReport, lastEventAt: null });
    expect((await send(analyst, 'FieldIssueDashboard', examples.FieldIssueDashboard)).fieldIssueSummary).toEqual(before.fieldIssues);

    const partner = (await query(admin, PARTNER, { id: ids.partner })).partner;
    expect(partner.endorsedBy).toEqual([null, { id: otherIds[0] }]);
    expect(partner.proposedBy).toBeNull();
    expect(partner.history.map((h: { action: string; changedBy: string | null }) => h.changedBy)).toEqual(
      before.partner.history.map((h: { changedBy: string }) => (h.changedBy === member.sub ? null : h.changedBy)),
    );
    expect({ ...partner, endorsedBy: null, proposedBy: null, history: null }).toEqual({ ...before.partner, endorsedBy: null, proposedBy: null, history: null });

    const issues = (await query(admin, ISSUES)).fieldIssues;
    expect(issues).toEqual({ ...before.issues, edges: before.issues.edges.map((e: any) => ({ node: { ...e.node, reporter: null } })) });
  });

  it('their published case stays as it was, a former member’s; their meeting seat is given back', async () => {
    expect((await query(others[1]!, CASE, { id: ids.caseStudy })).caseStudy).toEqual({ ...before.caseStudy, author: null });
    expect((await send(others[1]!, 'StudyMeetings')).studyMeetings).toEqual(
      before.meetings.map((m: { registeredCount: number }) => ({ ...m, registeredCount: m.registeredCount - 1 })),
    );
  });

  it('their token finds nothing of theirs: no profile, no response, no report', async () => {
    expect(await send(member, 'MyProfile')).toEqual({ me: null });
    expect(codes(await portal.sendOperation(member, 'RequestMyErasure'))).toEqual(['NOT_FOUND']);
    expect((await send(member, 'Survey', { id: survey.id })).survey.myResponse).toBeNull();
    expect((await send(member, 'MyFieldIssues', {})).myFieldIssues.totalCount).toBe(0);
    expect(await send(admin, 'CoordinatorProfile', { id: ids.coordinator })).toEqual({ coordinator: null });
  });

  it('outside the databases, the stream keeps their events, account id included (and their address), until its limits drop them', async () => {
    const jsm = await jetstreamManager(nc);
    const { state } = await jsm.streams.info(stream().name);
    const theirs: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(stream().name, { seq });
      const event = message?.json<EventEnvelope>();
      if (event && JSON.stringify(event.data).includes(member.sub)) theirs.push(event.type);
    }
    expect(theirs).toEqual(['coordinator.registered', 'notification_address.changed', 'study_meeting.registered', 'survey.answered', 'coordinator.erased']);
  });
});
