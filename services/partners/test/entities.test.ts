import { beforeAll, describe, expect, it } from 'vitest';
import { admin, coordinator, ENDORSE, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const viewer = coordinator('idp|entities-viewer');
const proposer = coordinator('idp|entities-proposer');
const endorsers = Array.from({ length: 12 }, (_, i) => coordinator(`idp|endorser-${i + 1}`));
const ids: string[] = [];

beforeAll(async () => {
  for (let i = 1; i <= 60; i++) {
    ids.push(await service.addPartner(proposer, proposal({ name: `連携先 ${String(i).padStart(2, '0')}` })));
  }
  // Endorser k vouches for partners k, k+12, k+24, …
  for (const [k, endorser] of endorsers.entries()) {
    for (let i = k; i < ids.length; i += endorsers.length) await service.ok(endorser, ENDORSE, { id: ids[i] });
  }
});

const PAGE = /* GraphQL */ `
  query($first: Int) {
    partners(first: $first) {
      totalCount
      edges { node { id name endorsedBy { accountId } viewerHasEndorsed history { field } } }
    }
  }
`;

const COORDINATOR_ENTITIES = /* GraphQL */ `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Coordinator { endorsedPartners { id name fields } } }
  }
`;

const PARTNER_ENTITIES = /* GraphQL */ `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on PartnerOrganization { name endorsedBy { accountId } } }
  }
`;

// postgres.js asks for the array types once on each new connection of its pool.
const ownStatements = (statements: string[]) => statements.filter((s) => !s.includes('pg_catalog'));
const statementsMatching = (statements: string[], table: string) => statements.filter((s) => new RegExp(`from "${table}"`).test(s));

describe('batched resolution', () => {
  it('resolves endorsedBy and history across a page of 50 partners with one statement each', async () => {
    let data: any;
    const statements = await service.countStatements(async () => {
      data = await service.ok(admin, PAGE, { first: 50 });
    });
    expect(data.partners.edges).toHaveLength(50);
    expect(data.partners.edges[0].node.endorsedBy).toEqual([{ accountId: 'idp|endorser-1' }]);
    expect(data.partners.edges[13].node.endorsedBy).toEqual([{ accountId: 'idp|endorser-2' }]);
    expect(statementsMatching(statements, 'partner_endorsements')).toHaveLength(1);
    expect(statementsMatching(statements, 'partner_changes')).toHaveLength(1);
    // The page with its total, the endorsements and the history.
    expect(ownStatements(statements)).toHaveLength(3);
  });

  it('resolves endorsedPartners for any number of coordinators with one statement', async () => {
    const representations = [...endorsers.map((e) => ({ __typename: 'Coordinator', accountId: e.sub })), { __typename: 'Coordinator', accountId: 'idp|nobody' }];
    let data: any;
    const statements = await service.countStatements(async () => {
      data = await service.ok(viewer, COORDINATOR_ENTITIES, { representations });
    });
    expect(ownStatements(statements)).toHaveLength(1);
    const lists = data._entities.map((e: any) => e.endorsedPartners.map((p: any) => p.name));
    expect(lists[0]).toEqual(['連携先 01', '連携先 13', '連携先 25', '連携先 37', '連携先 49']);
    expect(lists[11]).toEqual(['連携先 12', '連携先 24', '連携先 36', '連携先 48', '連携先 60']);
    expect(lists[12]).toEqual([]);
  });

  it('resolves any number of partner references, with their endorsements, in one statement each', async () => {
    const representations = [
      ...ids.slice(0, 20).map((id) => ({ __typename: 'PartnerOrganization', id })),
      { __typename: 'PartnerOrganization', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'PartnerOrganization', id: 'not-a-uuid' },
    ];
    let data: any;
    const statements = await service.countStatements(async () => {
      data = await service.ok(viewer, PARTNER_ENTITIES, { representations });
    });
    expect(ownStatements(statements)).toHaveLength(2);
    expect(data._entities.map((e: any) => e?.name ?? null)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `連携先 ${String(i + 1).padStart(2, '0')}`),
      null,
      null,
    ]);
  });
});
