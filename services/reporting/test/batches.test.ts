import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, migrationsFolderOf, type Database } from '@portal/platform';
import { applyBatchOnce, deadLetters, eventStream, processedEvents, startConsumer, type EventEnvelope } from '@portal/platform/events';
import { erasureEvent, eventually, useEventStream, useTestDatabase } from '@portal/platform/testing';
import { service as reporting } from '../src/service';
import * as schema from '../src/db/schema';
import { applyReportingEvents, REPORTING_CONSUMER } from '../src/projection';
import {
  boardQuestion,
  coordinatorRegistered,
  derivedTables,
  exampleSurvey,
  fieldIssueReported,
  partnerSnapshot,
  portalEventOf,
  referralDeclined,
  referralStatusChanged,
} from './helpers';

const batched = useTestDatabase(migrationsFolderOf(reporting.name));
const oneByOne = useTestDatabase(migrationsFolderOf(reporting.name));
const consumed = useTestDatabase(migrationsFolderOf(reporting.name));
const stream = useEventStream();
let batchedDb: Database<typeof schema>;
let oneByOneDb: Database<typeof schema>;
let consumedDb: Database<typeof schema>;

beforeAll(() => {
  batchedDb = connectDatabase({ url: batched().url, schema, poolSize: 1 });
  oneByOneDb = connectDatabase({ url: oneByOne().url, schema, poolSize: 1 });
  consumedDb = connectDatabase({ url: consumed().url, schema, poolSize: 1 });
});
afterAll(async () => {
  await batchedDb?.close();
  await oneByOneDb?.close();
  await consumedDb?.close();
});

const applyBatch = (database: Database<typeof schema>, events: EventEnvelope[]) =>
  database.db.transaction((tx) => applyBatchOnce(tx, REPORTING_CONSUMER, events, applyReportingEvents));

/**
 * Events whose keys meet within one batch: responses of one prefecture and question,
 * a contributor reporting one cell twice, a question posted twice and answered in two
 * months, snapshots of one partner and one coordinator out of time order, an erasure
 * followed by a late snapshot, a type reporting does not count.
 */
function collidingEvents(): EventEnvelope[] {
  const survey = exampleSurvey();
  const reporter = randomUUID();
  const sender = randomUUID();
  const question = boardQuestion('09', ['MEDICAL', 'MEDICAL', 'HOUSING'], '2026-04-03T00:00:00Z');
  const repost = portalEventOf('consultation.question_posted', { ...(question.posted.data as { threadId: string; contributorId: string }), prefectureCode: '13', fields: ['LEGAL'] }, '2026-05-03T00:00:00Z');
  const partner = partnerSnapshot();
  const member = coordinatorRegistered('idp|b-1', { fields: ['LEGAL'] });
  const olderSnapshot = { ...member, id: randomUUID(), occurredAt: '2026-01-01T00:00:00.000Z', data: { ...member.data, fields: ['MEDICAL'] } };
  const erased = coordinatorRegistered('idp|b-erased');
  const erasedData = erased.data as { coordinatorId: string; accountId: string };
  return [
    survey.opened,
    ...Array.from({ length: 12 }, (_, i) => survey.response(['09', '13', null][i % 3]!, { q1: { optionIds: [`q1o${(i % 2) + 1}`] }, q2: { optionIds: ['q2o1', 'q2o2'] }, q3: { scale: (i % 5) + 1 } })),
    survey.closed(12),
    fieldIssueReported('09', ['MEDICAL', 'HOUSING'], 'PARTNER_SHORTAGE', '2026-04-10T00:00:00Z', reporter),
    fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', '2026-04-20T00:00:00Z', reporter),
    referralStatusChanged('09', '13', ['MEDICAL'], 'OPEN', '2026-04-11T00:00:00Z', sender),
    referralStatusChanged('09', '13', ['MEDICAL'], 'OPEN', '2026-04-12T00:00:00Z', sender),
    referralDeclined('13', ['MEDICAL'], 'NO_CAPACITY', '2026-04-13T00:00:00Z', sender),
    referralDeclined('13', ['MEDICAL'], 'NO_CAPACITY', '2026-04-14T00:00:00Z', sender),
    question.posted,
    question.answered('2026-06-01T00:00:00Z'),
    repost,
    question.answered('2026-05-01T00:00:00Z'),
    portalEventOf('partner.approved', partner, '2026-04-02T00:00:00Z'),
    portalEventOf('partner.archived', partner, '2026-04-01T00:00:00Z'),
    member,
    olderSnapshot,
    erased,
    erasureEvent(erasedData),
    { ...erased, id: randomUUID() },
    portalEventOf('announcement.published' as never, {} as never, '2026-07-01T00:00:00Z'),
  ];
}

describe('applying a batch of events at once', () => {
  it('gives exactly the tables that applying them one at a time gives', async () => {
    const events = collidingEvents();
    expect(await applyBatch(batchedDb, events)).toHaveLength(events.length);
    for (const event of events) await applyBatch(oneByOneDb, [event]);
    const tables = await derivedTables(batchedDb);
    expect(tables).toEqual(await derivedTables(oneByOneDb));
    // Not vacuous: every counter is there, summed across the batch.
    expect(tables.survey_respondents!.map((row) => JSON.parse(row).n).sort()).toEqual([4, 4, 4]);
    expect(tables.field_issue_contributions!.map((row) => JSON.parse(row).reports).sort()).toEqual([1, 2]);
    expect(tables.referral_flow_contributions!.map((row) => JSON.parse(row).referrals)).toEqual([2]);
    expect(tables.referral_decline_contributions!.map((row) => JSON.parse(row).declines)).toEqual([2]);
    expect(tables.board_questions!.map((row) => JSON.parse(row))).toEqual([
      expect.objectContaining({ prefecture_code: '09', fields: ['MEDICAL', 'HOUSING'], posted_month: '2026-04', answered_month: '2026-05' }),
    ]);
    expect(tables.coordinator_projection!.map((row) => JSON.parse(row)).map((r) => [r.account_id, r.fields])).toEqual(
      expect.arrayContaining([['idp|b-1', ['LEGAL']], [expect.stringMatching(/^erased:/), []]]),
    );
    expect(tables.coordinator_projection).toHaveLength(2);
    const latest = Math.max(...events.map((e) => Date.parse(e.occurredAt)));
    expect(tables.reporting_freshness!.map((row) => Date.parse(JSON.parse(row).last_event_at))).toEqual([latest]);
  });

  it('applies an event that comes twice in one batch once, and nothing of a batch already applied', async () => {
    const survey = exampleSurvey();
    const [first, second] = [survey.response('27', {}), survey.response('27', {})];
    const applied = await applyBatch(batchedDb, [first!, first!, second!, { ...first! }]);
    expect(applied.map((e) => e.id)).toEqual([first!.id, second!.id]);
    expect(await applyBatch(batchedDb, [second!, first!])).toEqual([]);
    const [row] = await batchedDb.sql`select n from survey_respondents where survey_id = ${survey.surveyId}`;
    expect(row!.n).toBe(2);
  });
});

describe('the reporting consumer, one batch at a time', () => {
  it('sets a poison event of a batch aside as a dead letter and applies its batch-mates, a duplicate among them once', async () => {
    const survey = exampleSurvey();
    const responses = Array.from({ length: 6 }, () => survey.response('13', { q1: { optionIds: ['q1o1'] } }));
    const poison = portalEventOf('survey.response_submitted', { surveyId: survey.surveyId } as never);
    await stream.publish(survey.opened, ...responses.slice(0, 3), poison, ...responses.slice(3));
    await stream.republish(responses[1]!);
    // The first message makes a batch of its own at once; held there, the others queue up
    // behind it and make the next batch together.
    const batches: number[] = [];
    const consumer = startConsumer({
      name: REPORTING_CONSUMER,
      stream: eventStream(stream.streamName),
      filter: '>',
      connect: () => connect({ servers: stream.natsUrl() }),
      db: consumedDb.db,
      applyBatch: async (tx, events) => {
        batches.push(events.length);
        if (batches.length === 1) await new Promise((resolve) => setTimeout(resolve, 1_000));
        await applyReportingEvents(tx, events);
      },
      log: { info() {}, warn() {}, error() {} },
      maxDeliver: 1,
    });
    try {
      await eventually(async () => (await consumedDb.db.select().from(deadLetters)).length === 1, 'the poison event set aside');
      await eventually(async () => (await consumedDb.db.select().from(processedEvents)).length === 7, 'its batch-mates applied');
    } finally {
      await consumer.stop();
    }
    // The opening alone; then the six responses and the poison (the duplicate left out by the
    // inbox) failed as one batch, and each went alone, the duplicate again left out.
    expect(batches).toEqual([1, 7, 1, 1, 1, 1, 1, 1, 1]);
    const [letter] = await consumedDb.db.select().from(deadLetters);
    expect(letter).toMatchObject({ consumer: REPORTING_CONSUMER, eventId: poison.id, deliveries: 1 });
    const ids = (await consumedDb.db.select({ id: processedEvents.eventId }).from(processedEvents)).map((r) => r.id).sort();
    expect(ids).toEqual([survey.opened.id, ...responses.map((r) => r.id)].sort());
    const [row] = await consumedDb.sql`select n from survey_respondents where survey_id = ${survey.surveyId} and prefecture_code = '13'`;
    expect(row!.n).toBe(6);
    const [option] = await consumedDb.sql`select n from survey_option_counts where survey_id = ${survey.surveyId} and option_id = 'q1o1'`;
    expect(option!.n).toBe(6);
  });
});
