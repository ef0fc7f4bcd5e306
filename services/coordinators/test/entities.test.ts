import { beforeAll, describe, expect, it } from 'vitest';
import { admin, coordinator, REGISTER, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const viewer = coordinator('idp|entities-viewer');
const ids: string[] = [];

const ENTITIES = /* GraphQL */ `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Coordinator { id name } }
  }
`;

beforeAll(async () => {
  for (let i = 1; i <= 12; i++) {
    const res = await service.run(admin, REGISTER, {
      input: { accountId: `idp|entity-${i}`, name: `会員 ${i}`, cohortYear: 2025, activityRegions: [{ prefectureCode: '27' }] },
    });
    ids.push(res.data!.registerCoordinator.id);
  }
});

describe('Coordinator entity', () => {
  it('resolves any number of references, by id and by account id, with one SQL statement', async () => {
    const representations = [
      ...ids.slice(0, 6).map((id) => ({ __typename: 'Coordinator', id })),
      ...[7, 8, 9, 10, 11, 12].map((i) => ({ __typename: 'Coordinator', accountId: `idp|entity-${i}` })),
      { __typename: 'Coordinator', id: '00000000-0000-4000-8000-000000000000' },
    ];
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(viewer, ENTITIES, { representations });
    });
    expect(statements).toHaveLength(1);
    expect(res.data._entities.map((e: any) => e?.name ?? null)).toEqual([...Array.from({ length: 12 }, (_, i) => `会員 ${i + 1}`), null]);
  });

  it('serves no entities to roles outside the directory', async () => {
    const res = await service.run({ sub: 'idp|ministry', roles: ['MINISTRY_ANALYST'] }, ENTITIES, {
      representations: [{ __typename: 'Coordinator', id: ids[0] }],
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
