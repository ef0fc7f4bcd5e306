import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db';
import { outbox, recordEvents } from '../../src/events';
import { eventually, items, useEventsFixture } from './fixture';

const fixture = useEventsFixture();

/** An event of the catalogue about a survey closing with `responses` responses. */
const closed = (aggregateId: string, responses: number) => ({ type: 'survey.closed' as const, aggregateId, data: { surveyId: SURVEY, responses } });
const SURVEY = randomUUID();

describe('the transactional outbox', () => {
  it('keeps no event of a change that rolled back', async () => {
    await expect(
      fixture.db.transaction(async (tx) => {
        await tx.insert(items).values({ id: 'rolled-back', quantity: 1 });
        await recordEvents(tx, [closed('rolled-back', 1)]);
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await fixture.db.select().from(outbox).where(eq(outbox.aggregateId, 'rolled-back'))).toEqual([]);
    expect(await fixture.db.select().from(items).where(eq(items.id, 'rolled-back'))).toEqual([]);
  });

  it('keeps exactly one event of a change that committed, with its trace context', async () => {
    const [id] = await fixture.db.transaction(async (tx) => {
      await tx.insert(items).values({ id: 'committed', quantity: 2 });
      return recordEvents(tx, [closed('committed', 2)], '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    });
    const rows = await fixture.db.select().from(outbox).where(eq(outbox.aggregateId, 'committed'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, type: 'survey.closed', version: 1, data: { surveyId: SURVEY, responses: 2 }, publishedAt: null, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
  });

  it('notifies the relay only when the change commits', async () => {
    const heard: string[] = [];
    const listener = await fixture.sql.listen('portal_outbox', (payload) => heard.push(payload || 'notified'));
    await fixture.db
      .transaction(async (tx) => {
        await recordEvents(tx, [closed('quiet', 0)]);
        await tx.execute(sql`select pg_sleep(0.1)`);
        expect(heard).toEqual([]);
        throw new Error('rollback');
      })
      .catch(() => {});
    await fixture.db.transaction((tx) => recordEvents(tx, [closed('heard', 0)]));
    // A listener hears notifications in commit order: once a later one has arrived, so has every one before it.
    await fixture.sql`select pg_notify('portal_outbox', 'later')`;
    await eventually(() => heard.includes('later'), 'a later notification heard');
    expect(heard).toEqual(['notified', 'later']);
    await listener.unlisten();
  });
});

// Never run: the type check (`npm test` runs it first) fails if recordEvents takes either.
export const refusedByTheTypeCheck = (tx: Executor) => [
  // @ts-expect-error: not an event of the catalogue
  recordEvents(tx, [{ type: 'survey.deleted', aggregateId: 'x', data: { surveyId: SURVEY } }]),
  // @ts-expect-error: survey.closed without its count of responses
  recordEvents(tx, [{ type: 'survey.closed', aggregateId: 'x', data: { surveyId: SURVEY } }]),
];
