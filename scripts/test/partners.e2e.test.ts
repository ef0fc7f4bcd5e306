import { describe, expect, it } from 'vitest';
import { CoordinatorProfileDocument, EndorsePartnerDocument, PartnerDirectoryDocument, ProposePartnerDocument, RegisterCoordinatorDocument, ReviewPartnerDocument } from '@portal/client';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { useStack } from './stack-fixture';

const portal = useStack();
const examples = contractExamples();
// The graduate the contract's RegisterCoordinator example registers vouches for the partner.
const endorser = { sub: (examples.RegisterCoordinator!.input as { accountId: string }).accountId, roles: ['COORDINATOR' as const], prefectureCodes: ['13'] };
const proposer = { sub: 'idp|c-0002', roles: ['COORDINATOR' as const], prefectureCodes: ['27'] };
const member = { sub: 'idp|c-0003', roles: ['COORDINATOR' as const], prefectureCodes: ['28'] };

const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);

describe('the partner directory through the gateway', () => {
  let coordinatorId = '';
  let partnerId = '';

  it('refuses an anonymous caller and the reporting roles', async () => {
    const anonymous = await portal.send(null, PartnerDirectoryDocument, examples.PartnerDirectory);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    for (const role of ['MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'] as const) {
      const res = await portal.send({ sub: `idp|${role}`, roles: [role], prefectureCodes: ['09'] }, PartnerDirectoryDocument, examples.PartnerDirectory);
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
  });

  it('RegisterCoordinator: the endorser is a registered graduate', async () => {
    const res = await portal.send(admin, RegisterCoordinatorDocument, examples.RegisterCoordinator);
    expect(res.errors).toBeUndefined();
    coordinatorId = res.data.registerCoordinator.id;
  });

  it('ProposePartner: a coordinator proposes the contract example', async () => {
    const res = await portal.send(proposer, ProposePartnerDocument, examples.ProposePartner);
    expect(res.errors).toBeUndefined();
    partnerId = res.data.proposePartner.id;
    expect(res.data.proposePartner).toEqual({ id: partnerId, name: '大阪府居住支援法人 すまいサポート', status: 'PROPOSED' });
  });

  it('PartnerDirectory: a proposal is listed to its proposer only', async () => {
    const others = await portal.send(member, PartnerDirectoryDocument, examples.PartnerDirectory);
    expect(others.data.partners).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    const own = await portal.send(proposer, PartnerDirectoryDocument, examples.PartnerDirectory);
    expect(own.data.partners.edges.map((e: any) => [e.node.id, e.node.status])).toEqual([[partnerId, 'PROPOSED']]);
  });

  it('ReviewPartner: an agency admin approves it, once', async () => {
    const variables = { ...examples.ReviewPartner, id: partnerId };
    const res = await portal.send(admin, ReviewPartnerDocument, variables);
    expect(res.errors).toBeUndefined();
    expect(res.data.reviewPartner).toEqual({ id: partnerId, status: 'APPROVED' });
    const again = await portal.send(admin, ReviewPartnerDocument, variables);
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('EndorsePartner: the graduate vouches for it, once however often they ask', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await portal.send(endorser, EndorsePartnerDocument, { ...examples.EndorsePartner, id: partnerId });
      expect(res.errors).toBeUndefined();
      expect(res.data.endorsePartner).toEqual({ id: partnerId, endorsedBy: [{ id: coordinatorId }] });
    }
  });

  it('PartnerDirectory: every member finds it with the contract example, endorsers resolved by the coordinators subgraph', async () => {
    const res = await portal.send(member, PartnerDirectoryDocument, examples.PartnerDirectory);
    expect(res.errors).toBeUndefined();
    expect(res.data.partners.totalCount).toBe(1);
    expect(res.data.partners.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect(res.data.partners.edges).toEqual([
      {
        node: {
          id: partnerId,
          name: '大阪府居住支援法人 すまいサポート',
          description: '外国人の住まい探しと入居後の生活支援',
          fields: ['HOUSING', 'DAILY_LIFE'],
          serviceAreas: [{ prefectureCode: '27', municipality: '大阪市' }],
          languages: ['ja', 'pt', 'es'],
          contact: { phone: '06-0000-0000', email: 'info@example.org', url: 'https://example.org' },
          status: 'APPROVED',
          endorsedBy: [{ id: coordinatorId, name: 'グエン・ティ・ラン' }],
        },
      },
    ]);
  });

  it('CoordinatorProfile: the contract operation across coordinators, partners and case studies', async () => {
    const res = await portal.send(member, CoordinatorProfileDocument, { ...examples.CoordinatorProfile, id: coordinatorId });
    expect(res.errors).toBeUndefined();
    expect(res.data.coordinator).toEqual({
      id: coordinatorId,
      name: 'グエン・ティ・ラン',
      bio: null,
      expertiseFields: [],
      endorsedPartners: [{ id: partnerId, name: '大阪府居住支援法人 すまいサポート', fields: ['HOUSING', 'DAILY_LIFE'] }],
      caseStudies: [],
    });
  });
});
