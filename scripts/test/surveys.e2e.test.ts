import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { monthInJapan } from '@portal/platform';
import { eventStream, type EventEnvelope } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import { COORDINATOR_CONSUMER } from '../../services/surveys/src/service';
import { CloseSurveyDocument, CreateSurveyDocument, OpenSurveyDocument, OpenSurveysDocument, RegisterCoordinatorDocument, ReportFieldIssueDocument, SubmitSurveyResponseDocument } from '@portal/client';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { useStack } from './stack-fixture';

const portal = useStack();
const examples = contractExamples();
// Registered in Tochigi (09); the token carries no prefectures: the service learns them from events.
const respondent = { sub: 'idp|tochigi-coordinator', roles: ['COORDINATOR' as const] };
const registration = {
  input: {
    ...(examples.RegisterCoordinator!.input as Record<string, unknown>),
    accountId: respondent.sub,
    activityRegions: [{ prefectureCode: '09', municipality: '宇都宮市' }],
  },
};

const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);
const stream = () => eventStream(portal.streamName);
let nc: NatsConnection;

beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
});
afterAll(() => nc?.close());

async function streamEvents(): Promise<EventEnvelope[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(stream().name);
  const events: EventEnvelope[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(stream().name, { seq });
    if (message) events.push(message.json<EventEnvelope>());
  }
  return events;
}

/** True once the surveys service's coordinator consumer has applied (acknowledged) the last registration. */
async function registrationProjected(): Promise<boolean> {
  const jsm = await jetstreamManager(nc);
  const last = await jsm.streams.getMessage(stream().name, { last_by_subj: `${stream().subjectPrefix}.coordinator.registered` }).catch(() => null);
  const consumer = await jsm.consumers.info(stream().name, COORDINATOR_CONSUMER).catch(() => null);
  return !!last && !!consumer && consumer.ack_floor.stream_seq >= last.seq;
}

interface Survey {
  id: string;
  status: string;
  questions: { id: string; options: { id: string }[] }[];
}

/** The contract example with "<q2>", "<q2 option 3>" and "<survey id>" replaced by the survey's real ids. */
function withRealIds(example: unknown, survey: Survey): any {
  return JSON.parse(JSON.stringify(example), (_key, value) => {
    if (typeof value !== 'string') return value;
    if (value === '<survey id>') return survey.id;
    const option = /^<q(\d+) option (\d+)>$/.exec(value);
    if (option) return survey.questions[Number(option[1]) - 1]!.options[Number(option[2]) - 1]!.id;
    const question = /^<q(\d+)>$/.exec(value);
    return question ? survey.questions[Number(question[1]) - 1]!.id : value;
  });
}

describe('surveys and field feedback through the gateway', () => {
  let survey: Survey;
  let submitted: { id: string; submittedAt: string };

  it('CreateSurvey: an agency admin drafts the contract example', async () => {
    const res = await portal.send(admin, CreateSurveyDocument, examples.CreateSurvey);
    expect(res.errors).toBeUndefined();
    survey = res.data.createSurvey;
    expect(survey.status).toBe('DRAFT');
    expect(survey.questions.map((q) => q.options.length)).toEqual([4, 4, 0, 0]);
    expect(codes(await portal.send(respondent, CreateSurveyDocument, examples.CreateSurvey))).toEqual(['FORBIDDEN']);
  });

  it('OpenSurvey: the admin opens it; opening again is a conflict', async () => {
    const res = await portal.send(admin, OpenSurveyDocument, { id: survey.id });
    expect(res.data).toEqual({ openSurvey: { id: survey.id, status: 'OPEN' } });
    expect(codes(await portal.send(admin, OpenSurveyDocument, { id: survey.id }))).toEqual(['CONFLICT']);
  });

  it('RegisterCoordinator: a graduate in Tochigi, whose registration reaches the surveys service by events', async () => {
    const res = await portal.send(admin, RegisterCoordinatorDocument, registration);
    expect(res.errors).toBeUndefined();
    // coordinators → outbox → NATS → the surveys service's coordinator projection.
    await eventually(registrationProjected, 'the registration applied by the surveys service');
  });

  it('OpenSurveys: the coordinator sees the survey with every question, not yet answered', async () => {
    const res = await portal.send(respondent, OpenSurveysDocument);
    expect(res.errors).toBeUndefined();
    const q = survey.questions;
    expect(res.data.surveys).toEqual([
      {
        id: survey.id,
        title: '令和8年度 活動状況アンケート',
        description: '活動状況と地域課題の把握のため',
        closesAt: '2027-03-31T14:59:59.000Z',
        questions: [
          {
            id: q[0]!.id, kind: 'SINGLE_CHOICE', prompt: '主な勤務形態', required: true, scaleMin: null, scaleMax: null,
            options: ['地方公共団体', '国際交流協会', 'NPO', 'その他'].map((label, i) => ({ id: q[0]!.options[i]!.id, label })),
          },
          {
            id: q[1]!.id, kind: 'MULTIPLE_CHOICE', prompt: '対応が難しかった分野', required: false, scaleMin: null, scaleMax: null,
            options: ['医療', '労働', '住宅', '教育'].map((label, i) => ({ id: q[1]!.options[i]!.id, label })),
          },
          { id: q[2]!.id, kind: 'SCALE', prompt: '連携先の充足度', required: true, options: [], scaleMin: 1, scaleMax: 5 },
          { id: q[3]!.id, kind: 'FREE_TEXT', prompt: '制度上の課題', required: false, options: [], scaleMin: null, scaleMax: null },
        ],
        myResponse: null,
      },
    ]);
  });

  it('SubmitSurveyResponse: the coordinator answers with the contract example, once', async () => {
    const variables = withRealIds(examples.SubmitSurveyResponse, survey);
    const res = await portal.send(respondent, SubmitSurveyResponseDocument, variables);
    expect(res.errors).toBeUndefined();
    submitted = res.data.submitSurveyResponse;
    expect(submitted.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const again = await portal.send(respondent, SubmitSurveyResponseDocument, variables);
    expect(codes(again)).toEqual(['CONFLICT']);

    const open = await portal.send(respondent, OpenSurveysDocument);
    expect(open.data.surveys.map((s: any) => s.myResponse)).toEqual([submitted]);
  });

  it('the CSV export records the one respondent by month and labels, naming no area of a group of one, without identities', async () => {
    const res = await portal.sendOperation(admin, 'SurveyResponsesCsv', { surveyId: survey.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.surveyResponsesCsv).toBe(
      '\uFEFF回答番号,回答月,回答者の地域,Q1 主な勤務形態,Q2 対応が難しかった分野,Q3 連携先の充足度,Q4 制度上の課題\r\n' +
        `1,${monthInJapan(new Date(submitted.submittedAt))},—,地方公共団体,医療 / 住宅,2,夜間の医療通訳が地域にない\r\n`,
    );
  });

  it('CloseSurvey: the admin closes it; it leaves the open surveys and takes no more responses', async () => {
    const res = await portal.send(admin, CloseSurveyDocument, { id: survey.id });
    expect(res.data).toEqual({ closeSurvey: { id: survey.id, status: 'CLOSED' } });
    expect(codes(await portal.send(admin, CloseSurveyDocument, { id: survey.id }))).toEqual(['CONFLICT']);
    expect((await portal.send(respondent, OpenSurveysDocument)).data.surveys).toEqual([]);
    const late = await portal.send({ ...respondent, sub: 'idp|late' }, SubmitSurveyResponseDocument, withRealIds(examples.SubmitSurveyResponse, survey));
    expect(codes(late)).toEqual(['CONFLICT']);
  });

  it('ReportFieldIssue: the coordinator reports the contract example', async () => {
    const res = await portal.send(respondent, ReportFieldIssueDocument, examples.ReportFieldIssue);
    expect(res.errors).toBeUndefined();
    expect(res.data.reportFieldIssue).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), createdAt: expect.stringMatching(/Z$/) });
    expect(codes(await portal.send(admin, ReportFieldIssueDocument, examples.ReportFieldIssue))).toEqual(['FORBIDDEN']);
  });

  it('publishes the survey’s and the report’s events, with the respondent’s prefecture and no free text', async () => {
    await eventually(async () => (await streamEvents()).filter((e) => e.producer === 'surveys').length === 5, 'the five surveys events in the stream');
    const all = (await streamEvents()).filter((e) => e.producer === 'surveys');
    expect(all.map((e) => e.type)).toEqual(['survey.opened', 'survey.response_submitted', 'survey.answered', 'survey.closed', 'field_issue.reported']);
    // Who answered travels alone, for the closing reminder: no response id, no answer.
    expect(all[2]!.data).toEqual({ surveyId: survey.id, accountId: respondent.sub });
    const events = all.filter((e) => e.type !== 'survey.answered');
    expect(events[1]!.data).toMatchObject({ surveyId: survey.id, responseId: submitted.id, respondentPrefectureCode: '09' });
    expect(events[2]!.data).toEqual({ surveyId: survey.id, responses: 1 });
    expect(events[3]!.data).toMatchObject({ prefectureCode: '09', fields: ['MEDICAL'], category: 'PARTNER_SHORTAGE', contributorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(events)).not.toMatch(/夜間の医療通訳|ネパール語|tochigi-coordinator/);
  });
});
