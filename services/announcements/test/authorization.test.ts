import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestCaller } from '@portal/platform/testing';
import { admin, analyst, announcementInput, coordinator, INBOX, localGovernment, MARK_READ, publish, PUBLISH, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const member = coordinator('idp|matrix-member');
let id = '';
let withdrawnId = '';

beforeAll(async () => {
  id = await publish(service);
  withdrawnId = await publish(service, { title: '誤って公開したお知らせ' });
});

const operations: Record<string, () => [string, Record<string, unknown>]> = {
  readAnnouncements: () => [INBOX, {}],
  readAnnouncement: () => ['query($id: ID!) { announcement(id: $id) { id } }', { id }],
  unreadAnnouncementCount: () => ['{ unreadAnnouncementCount }', {}],
  markAnnouncementRead: () => [MARK_READ, { id }],
  publishAnnouncement: () => [PUBLISH, { input: announcementInput() }],
  withdrawAnnouncement: () => ['mutation($id: ID!) { withdrawAnnouncement(id: $id) { id } }', { id: withdrawnId }],
  listWithdrawn: () => ['{ announcements(filter: { includeWithdrawn: true }) { totalCount } }', {}],
};

// Who may do what: every other role gets FORBIDDEN.
const allowed: Record<string, string[]> = {
  readAnnouncements: ['COORDINATOR', 'AGENCY_ADMIN'],
  readAnnouncement: ['COORDINATOR', 'AGENCY_ADMIN'],
  unreadAnnouncementCount: ['COORDINATOR', 'AGENCY_ADMIN'],
  markAnnouncementRead: ['COORDINATOR', 'AGENCY_ADMIN'],
  publishAnnouncement: ['AGENCY_ADMIN'],
  withdrawAnnouncement: ['AGENCY_ADMIN'],
  listWithdrawn: ['AGENCY_ADMIN'],
};

const callers: [string, TestCaller][] = [
  ['COORDINATOR', member],
  ['AGENCY_ADMIN', admin],
  ['MINISTRY_ANALYST', analyst],
  ['LOCAL_GOVERNMENT', localGovernment],
];

describe('role × operation', () => {
  for (const [operation, build] of Object.entries(operations)) {
    for (const [role, caller] of callers) {
      const may = allowed[operation]!.includes(role);
      it(`${role} ${may ? 'may' : 'may not'} ${operation}`, async () => {
        const [query, variables] = build();
        const res = await service.run(caller, query, variables);
        expect(errorCodes(res)).toEqual(may ? [] : ['FORBIDDEN']);
      });
    }
    it(`a caller without a signed identity cannot ${operation}`, async () => {
      const [query, variables] = build();
      const res = await service.run(null, query, variables);
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    });
  }

  it('publishes nothing for a refused caller', async () => {
    const before = await service.sql`select count(*)::int as n from outbox`;
    await service.run(member, PUBLISH, { input: announcementInput() });
    await service.run(analyst, PUBLISH, { input: announcementInput() });
    expect(await service.sql`select count(*)::int as n from outbox`).toEqual(before);
  });
});
