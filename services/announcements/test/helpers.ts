import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceOptions } from '@portal/platform';
import { applyCoordinatorEvent, type CoordinatorSnapshot, type EventEnvelope } from '@portal/platform/events';
import { admin, useSubgraph, type TestCaller } from '@portal/platform/testing';
import { service as announcements } from '../src/service';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

/**
 * An announcements subgraph on a fresh database of its own, with a connection of the
 * test's own to look at its tables and to apply coordinator events.
 */
export function useAnnouncementsService(options: Partial<ServiceOptions> = {}) {
  const subgraph = useSubgraph(announcements, options);
  let sql: postgres.Sql | undefined;
  beforeAll(() => {
    sql = postgres(subgraph.databaseUrl, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end();
  });
  return {
    run: subgraph.run,
    countStatements: subgraph.countStatements,
    get databaseUrl() {
      return subgraph.databaseUrl;
    },
    get sql() {
      return sql!;
    },
    /** Applies coordinator events in one transaction, as the consumer does with a batch. */
    async applyCoordinatorEvents(...events: EventEnvelope[]) {
      await drizzle(sql!).transaction(async (tx) => {
        for (const event of events) await applyCoordinatorEvent(tx, event);
      });
    },
  };
}

let clock = Date.parse('2026-11-01T00:00:00Z');

/** A coordinator event as the coordinators service publishes it; later calls carry later times. */
export function coordinatorEvent(
  type: 'coordinator.registered' | 'coordinator.profile_updated',
  accountId: string,
  prefectureCodes: string[],
  coordinatorId: string = randomUUID(),
): EventEnvelope<CoordinatorSnapshot> {
  clock += 60_000;
  return {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date(clock).toISOString(),
    producer: 'coordinators',
    data: {
      coordinatorId,
      accountId,
      prefectureCodes,
      primaryPrefectureCode: prefectureCodes[0] ?? null,
      fields: ['EMPLOYMENT'],
      languages: ['vi'],
      certificationStatus: 'ACTIVE',
      validUntil: '2029-09-30',
    },
  };
}

export const PUBLISH = /* GraphQL */ `
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      id title body category importance relatedFields effectiveDate targetPrefectureCodes publishedAt withdrawnAt isRead
    }
  }
`;

export const INBOX = /* GraphQL */ `
  query AnnouncementInbox($filter: AnnouncementFilter, $first: Int, $after: String) {
    announcements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title isRead } }
    }
    unreadAnnouncementCount
  }
`;

export const MARK_READ = /* GraphQL */ `
  mutation MarkAnnouncementRead($id: ID!) {
    markAnnouncementRead(id: $id) { id isRead }
  }
`;

/** A valid announcement; `changes` override its fields. */
export const announcementInput = (changes: Record<string, unknown> = {}) => ({
  title: '在留手続オンライン申請の拡充について',
  body: 'オンラインで行える在留手続の対象が拡充されました。',
  category: 'GOVERNMENT_NOTICE',
  importance: 'NORMAL',
  relatedFields: ['RESIDENCE'],
  targetPrefectureCodes: [],
  ...changes,
});

/** Publishes (as the admin unless told otherwise) and returns the new announcement's id. */
export async function publish(
  service: ReturnType<typeof useAnnouncementsService>,
  changes: Record<string, unknown> = {},
  publisher: TestCaller = admin,
): Promise<string> {
  const res = await service.run(publisher, PUBLISH, { input: announcementInput(changes) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.publishAnnouncement.id;
}

/** Titles of the inbox's first page. */
export const titles = (res: { data: any; errors?: unknown }): string[] => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.announcements.edges.map((e: any) => e.node.title);
};
