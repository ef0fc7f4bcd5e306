import { beforeAll, describe, expect, it } from 'vitest';
import type { Identity, Role } from '@portal/platform';
import { inboxReader, lookupReader } from '../src/authorization';
import { describeRoleMatrix, type RoleMatrixOperation } from '@portal/platform/testing';
import { analyst, announcementInput, coordinator, MARK_READ, publish, PUBLISH, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const member = coordinator('idp|matrix-member');
let id = '';
let withdrawnId = '';

beforeAll(async () => {
  id = await publish(service);
  withdrawnId = await publish(service, { title: '誤って公開したお知らせ' });
});

const operations = {
  readAnnouncements: () => ['{ announcements(first: 5) { totalCount } }', {}],
  readAnnouncement: () => ['query($id: ID!) { announcement(id: $id) { id } }', { id }],
  unreadAnnouncementCount: () => ['{ unreadAnnouncementCount }', {}],
  markAnnouncementRead: () => [MARK_READ, { id }],
  publishAnnouncement: () => [PUBLISH, { input: announcementInput() }],
  withdrawAnnouncement: () => ['mutation($id: ID!) { withdrawAnnouncement(id: $id) { id } }', { id: withdrawnId }],
  listWithdrawn: () => ['{ announcements(filter: { includeWithdrawn: true }) { totalCount } }', {}],
} satisfies Record<string, RoleMatrixOperation>;

// Who may do what: every other role gets FORBIDDEN.
const allowed: Record<keyof typeof operations, Role[]> = {
  readAnnouncements: ['COORDINATOR', 'AGENCY_ADMIN'],
  readAnnouncement: ['COORDINATOR', 'AGENCY_ADMIN'],
  unreadAnnouncementCount: ['COORDINATOR', 'AGENCY_ADMIN'],
  markAnnouncementRead: ['COORDINATOR', 'AGENCY_ADMIN'],
  publishAnnouncement: ['AGENCY_ADMIN'],
  withdrawAnnouncement: ['AGENCY_ADMIN'],
  listWithdrawn: ['AGENCY_ADMIN'],
};

describeRoleMatrix({ run: service.run, coordinator: member, operations, allowed }, () => {
  it('publishes nothing for a refused caller', async () => {
    const before = await service.sql`select count(*)::int as n from outbox`;
    await service.run(member, PUBLISH, { input: announcementInput() });
    await service.run(analyst, PUBLISH, { input: announcementInput() });
    expect(await service.sql`select count(*)::int as n from outbox`).toEqual(before);
  });
});

describe('which announcements each role reads', () => {
  const member: Identity = { sub: 'idp|reader', roles: ['COORDINATOR'], prefectureCodes: [] };
  const agency: Identity = { sub: 'idp|agency', roles: ['AGENCY_ADMIN'], prefectureCodes: [] };

  it('gives a coordinator their prefectures and nationwide ones, an agency admin every prefecture, withdrawn ones only when an admin asks', () => {
    expect(inboxReader(member, false)).toEqual({ accountId: member.sub, everyPrefecture: false, withdrawn: false });
    expect(inboxReader(agency, false)).toEqual({ accountId: agency.sub, everyPrefecture: true, withdrawn: false });
    expect(inboxReader(agency, true)).toEqual({ accountId: agency.sub, everyPrefecture: true, withdrawn: true });
    expect(() => inboxReader(member, true)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('lets an agency admin find a withdrawn announcement by id, a coordinator never', () => {
    expect(lookupReader(member)).toEqual({ accountId: member.sub, everyPrefecture: false, withdrawn: false });
    expect(lookupReader(agency)).toEqual({ accountId: agency.sub, everyPrefecture: true, withdrawn: true });
  });
});
