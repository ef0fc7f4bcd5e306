import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { describe, expect, it } from 'vitest';
import { ensureStream, eventStream, lastSequence, replayStream, subjectOf, type ReplayedMessage } from '../../src/events';
import { useEventsFixture } from './fixture';

const fixture = useEventsFixture();

const envelope = (n: number) => ({ id: randomUUID(), type: 'item.added', version: 1, occurredAt: new Date().toISOString(), producer: 'tests', data: { n } });

describe('replaying the stream', () => {
  it('knows no sequence of a stream that does not exist yet', async () => {
    expect(await lastSequence(fixture.nc, eventStream('TEST_NEVER_CREATED'))).toBe(0);
  });

  it('reads a range of sequences in order, in batches, telling events from other messages', async () => {
    await ensureStream(fixture.nc, fixture.stream);
    const js = jetstream(fixture.nc);
    const events = Array.from({ length: 9 }, (_, i) => envelope(i));
    for (const event of events.slice(0, 4)) await js.publish(subjectOf(fixture.stream, event.type), JSON.stringify(event), { msgID: event.id });
    await js.publish(subjectOf(fixture.stream, 'item.raw'), 'not json', { msgID: randomUUID() });
    for (const event of events.slice(4)) await js.publish(subjectOf(fixture.stream, event.type), JSON.stringify(event), { msgID: event.id });
    expect(await lastSequence(fixture.nc, fixture.stream)).toBe(10);

    const batches: ReplayedMessage[][] = [];
    await replayStream({ nc: fixture.nc, stream: fixture.stream, fromSeq: 3, toSeq: 8, batchSize: 4 }, async (batch) => void batches.push(batch));
    expect(batches.map((b) => b.map((m) => m.seq))).toEqual([[3, 4, 5, 6], [7, 8]]);
    expect(batches.flat().map((m) => ('event' in m ? (m.event.data as { n: number }).n : m.error))).toEqual([2, 3, 'not JSON', 4, 5, 6]);
  });
});
