import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, connectDatabase, migrationsFolderOf, type Database } from '@portal/platform';
import { applyBatchOnce, type EventEnvelope } from '@portal/platform/events';
import { eventually, TEST_IDENTITY_SECRET, useEventStream, useTestDatabase } from '@portal/platform/testing';
import { service as reporting } from '../src/service';
import * as schema from '../src/db/schema';
import { applyReportingEvents, REPORTING_CONSUMER } from '../src/projection';
import { REBUILT_TABLES, rebuildAggregates } from '../src/replay';
import { coordinatorRegistered, derivedTables, exampleSurvey, fieldIssueReported, partnerSnapshot, portalEventOf } from './helpers';

const live = useTestDatabase(migrationsFolderOf(reporting.name));
const reference = useTestDatabase(migrationsFolderOf(reporting.name));
const stream = useEventStream();
let app: FastifyInstance;
let liveDb: Database<typeof schema>;
let referenceDb: Database<typeof schema>;

beforeAll(async () => {
  app = await buildService(reporting, { databaseUrl: live().url, identitySecret: TEST_IDENTITY_SECRET, events: { natsUrl: stream.natsUrl(), streamName: stream.streamName } });
  liveDb = connectDatabase({ url: live().url, schema, poolSize: 2 });
  referenceDb = connectDatabase({ url: reference().url, schema, poolSize: 1 });
});
afterAll(async () => {
  await app?.close();
  await liveDb?.close();
  await referenceDb?.close();
});

const survey = exampleSurvey();
const partners = [partnerSnapshot(), partnerSnapshot({ nationwide: true, prefectureCodes: [], fields: ['LEGAL'] }), partnerSnapshot({ prefectureCodes: ['13', '14'], fields: ['HOUSING', 'MEDICAL'] })];
const prefectures = ['09', '13', '27', null];

/** Every kind of event reporting counts, varied by position. */
function someEvent(i: number): EventEnvelope {
  switch (i % 6) {
    case 0:
      return coordinatorRegistered(`idp|r-${i % 7}`, { prefectureCodes: [['09'], ['13', '09'], ['27']][i % 3]!, fields: [['MEDICAL'], ['MEDICAL', 'WELFARE'], ['HOUSING']][i % 3]!, certificationStatus: i % 4 === 0 ? 'SUSPENDED' : 'ACTIVE' });
    case 1:
      return portalEventOf(i % 4 === 1 ? 'partner.archived' : 'partner.approved', partners[i % 3]!);
    case 4:
      return fieldIssueReported(prefectures[i % 3]!, i % 2 ? ['MEDICAL'] : ['MEDICAL', 'HOUSING'], i % 5 ? 'PARTNER_SHORTAGE' : 'LANGUAGE_ACCESS');
    default:
      return survey.response(prefectures[i % 4]!, { q1: { optionIds: [`q1o${(i % 4) + 1}`] }, q2: { optionIds: i % 3 ? ['q2o1', 'q2o3'] : [] }, q3: { scale: (i % 5) + 1 }, ...(i % 2 ? { q4: {} } : {}) });
  }
}

/** What the consumer should have applied: every event published, once. */
const published: EventEnvelope[] = [];
let next = 0;
async function publishSome(count: number) {
  const events = Array.from({ length: count }, () => someEvent(next++));
  published.push(...events);
  await stream.publish(...events);
  return events;
}

const processedCount = async () => (await liveDb.sql`select count(*)::int as n from processed_events`)[0]!.n as number;
const caughtUp = () => eventually(async () => (await processedCount()) === published.length, 'the live consumer caught up', 120_000);
const applied = (events: EventEnvelope[]) =>
  eventually(async () => (await liveDb.sql`select count(*)::int as n from processed_events where event_id = any(${events.map((e) => e.id)}::uuid[])`)[0]!.n === events.length, 'these events applied', 120_000);

const indexes = async () => (await liveDb.sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`).map((r) => ({ ...r }));
const rebuild = (beforeSwap?: () => Promise<void>) => rebuildAggregates({ databaseUrl: live().url, natsUrl: stream.natsUrl(), streamName: stream.streamName, batchSize: 37, beforeSwap });

describe('rebuilding the aggregates from the stream', () => {
  it('gives exactly the tables the live consumer built, indexes included', async () => {
    published.push(survey.opened);
    await stream.publish(survey.opened);
    await publishSome(120);
    // A second delivery of an event, something that is no event, an event whose data is broken.
    await stream.republish(published[5]!);
    await stream.publishRaw('survey.response_submitted', '{"truncated": ');
    await stream.publish(portalEventOf('field_issue.reported', { prefectureCode: '09' } as never));
    await caughtUp();
    const before = await derivedTables(liveDb);
    const indexesBefore = await indexes();

    const result = await rebuild();
    expect(result).toMatchObject({ applied: published.length, duplicates: 1 });
    expect(result.skipped.map((s) => s.reason)).toEqual(['not JSON', expect.stringContaining('fieldIssueId')]);
    expect(await derivedTables(liveDb)).toEqual(before);
    expect(await indexes()).toEqual(indexesBefore);
    expect((await liveDb.sql`select nspname from pg_namespace where nspname like 'reporting_%'`).length).toBe(0);
  });

  it('swaps in while the consumer keeps applying events, which continues on the new tables; the result equals applying every event once', async () => {
    let publishing = true;
    // At most a few dozen events meanwhile: how many fit into the rebuild depends on how busy
    // the machine is, and the test must not grow with it.
    const background = (async () => {
      for (let batches = 0; publishing && batches < 20; batches++) {
        await publishSome(3);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    // Events that the live tables have and the replay has not: the swap must add them.
    const result = await rebuild(async () => applied(await publishSome(30)));
    publishing = false;
    await background;
    await publishSome(25);
    await caughtUp();
    expect(result.throughSequence).toBeGreaterThan(0);

    for (const event of published) {
      await referenceDb.db.transaction((tx) => applyBatchOnce(tx, REPORTING_CONSUMER, [event], applyReportingEvents));
    }
    expect(await derivedTables(liveDb)).toEqual(await derivedTables(referenceDb));
  }, 180_000);

  it('refuses to run while another rebuild of the same database runs', async () => {
    await rebuild(async () => {
      await expect(rebuild()).rejects.toThrow('another rebuild of this database is running');
    });
  });
});
