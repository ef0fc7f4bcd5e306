import { expect } from 'vitest';
import { admin, useSubgraph, type GraphQLResponse, type TestCaller } from '@portal/platform/testing';
import { service as partners } from '../src/service';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

/** A partners subgraph on a fresh database of its own, with a counter of SQL statements. */
export function usePartnersService() {
  const subgraph = useSubgraph(partners);
  return Object.assign(subgraph, {
    /** Proposes a partner as `proposer` and, unless told otherwise, approves it; returns its id. */
    async addPartner(proposer: TestCaller, input: Record<string, unknown>, review: 'APPROVE' | 'REJECT' | null = 'APPROVE'): Promise<string> {
      const { proposePartner } = await subgraph.ok(proposer, PROPOSE, { input });
      if (review) await subgraph.ok(admin, REVIEW, { id: proposePartner.id, decision: review, note: review === 'REJECT' ? '重複登録のため' : null });
      return proposePartner.id;
    },
  });
}

/** A proposal as the contract's example writes it, with the fields given instead. */
export const proposal = (overrides: Record<string, unknown> = {}) => ({
  name: '大阪府居住支援法人 すまいサポート',
  description: '外国人の住まい探しと入居後の生活支援',
  fields: ['HOUSING', 'DAILY_LIFE'],
  serviceAreas: [{ prefectureCode: '27', municipality: '大阪市' }],
  languages: ['ja', 'pt', 'es'],
  contact: { phone: '06-0000-0000', email: 'info@example.org', url: 'https://example.org' },
  ...overrides,
});

export const PROPOSE = /* GraphQL */ `
  mutation ProposePartner($input: ProposePartnerInput!) {
    proposePartner(input: $input) { id name status }
  }
`;

export const REVIEW = /* GraphQL */ `
  mutation ReviewPartner($id: ID!, $decision: ReviewDecision!, $note: String) {
    reviewPartner(id: $id, decision: $decision, note: $note) { id status }
  }
`;

/** EndorsePartner as this subgraph serves it: a Coordinator here has only its account id. */
export const ENDORSE = /* GraphQL */ `
  mutation EndorsePartner($id: ID!) {
    endorsePartner(id: $id) { id endorsedBy { accountId } }
  }
`;

export const ARCHIVE = /* GraphQL */ `
  mutation($id: ID!, $note: String) { archivePartner(id: $id, note: $note) { id status reviewNote } }
`;

export const DIRECTORY = /* GraphQL */ `
  query PartnerDirectory($filter: PartnerFilter, $first: Int, $after: String) {
    partners(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name status } }
    }
  }
`;

/** The names on a directory page. */
export const names = (data: Record<string, any>): string[] => data.partners.edges.map((e: { node: { name: string } }) => e.node.name);

/** Every issue's field of a BAD_USER_INPUT response. */
export const badFields = (res: GraphQLResponse) => {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  return (res.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field);
};
