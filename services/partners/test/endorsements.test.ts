import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, ARCHIVE, coordinator, ENDORSE, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const proposer = coordinator('idp|endorse-proposer');
const endorser = coordinator('idp|endorser');
const other = coordinator('idp|endorser-2');

const ENDORSEMENTS = /* GraphQL */ `
  query($id: ID!) { partner(id: $id) { endorsedBy { accountId } viewerHasEndorsed } }
`;
const WITHDRAW = /* GraphQL */ `
  mutation($id: ID!) { withdrawEndorsement(id: $id) { id endorsedBy { accountId } viewerHasEndorsed } }
`;
const ENDORSED_PARTNERS = /* GraphQL */ `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Coordinator { endorsedPartners { name } } }
  }
`;

const endorsedPartnersOf = async (accountId: string, caller = other) =>
  (await service.ok(caller, ENDORSED_PARTNERS, { representations: [{ __typename: 'Coordinator', accountId }] }))._entities[0].endorsedPartners.map(
    (p: { name: string }) => p.name,
  );

describe('endorsing a partner', () => {
  it('adds the coordinator to endorsedBy, once however often they endorse', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '推薦される連携先' }));
    const first = await service.ok(endorser, ENDORSE, { id });
    expect(first.endorsePartner).toEqual({ id, endorsedBy: [{ accountId: endorser.sub }] });
    await service.ok(endorser, ENDORSE, { id });
    await Promise.all([service.ok(endorser, ENDORSE, { id }), service.ok(endorser, ENDORSE, { id })]);
    await service.ok(other, ENDORSE, { id });

    expect((await service.ok(endorser, ENDORSEMENTS, { id })).partner).toEqual({
      endorsedBy: [{ accountId: endorser.sub }, { accountId: other.sub }],
      viewerHasEndorsed: true,
    });
    expect((await service.ok(proposer, ENDORSEMENTS, { id })).partner.viewerHasEndorsed).toBe(false);
  });

  it('can be withdrawn, and withdrawing again changes nothing', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '推薦を取り消す連携先' }));
    await service.ok(endorser, ENDORSE, { id });
    const withdrawn = await service.ok(endorser, WITHDRAW, { id });
    expect(withdrawn.withdrawEndorsement).toEqual({ id, endorsedBy: [], viewerHasEndorsed: false });
    expect(errorCodes(await service.run(endorser, WITHDRAW, { id }))).toEqual([]);
  });

  it("is only for approved partners: CONFLICT for one's own proposal, NOT_FOUND for one the caller may not see", async () => {
    const id = await service.addPartner(proposer, proposal({ name: '審査待ち' }), null);
    expect(errorCodes(await service.run(proposer, ENDORSE, { id }))).toEqual(['CONFLICT']);
    expect(errorCodes(await service.run(endorser, ENDORSE, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(endorser, ENDORSE, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
  });
});

describe("a coordinator's endorsed partners", () => {
  it('lists the partners they vouch for that the caller may see, in directory order', async () => {
    const sub = 'idp|endorsed-list';
    const voucher = coordinator(sub);
    const names = ['つくば生活支援ネット', 'あさひ日本語教室', 'みなと法律相談所'];
    const ids: string[] = [];
    for (const name of names) ids.push(await service.addPartner(proposer, proposal({ name })));
    for (const id of ids) await service.ok(voucher, ENDORSE, { id });
    expect(await endorsedPartnersOf(sub)).toEqual(['あさひ日本語教室', 'つくば生活支援ネット', 'みなと法律相談所']);

    await service.ok(admin, ARCHIVE, { id: ids[2] });
    expect(await endorsedPartnersOf(sub)).toEqual(['あさひ日本語教室', 'つくば生活支援ネット']);
    expect(await endorsedPartnersOf(sub, admin)).toEqual(['あさひ日本語教室', 'つくば生活支援ネット', 'みなと法律相談所']);
    expect(await endorsedPartnersOf('idp|nobody')).toEqual([]);
  });
});
