import { beforeAll, describe, expect, it } from 'vitest';
import { admin, analyst, coordinator, createSurvey, exampleSurvey, useSurveysService } from './helpers';

const service = useSurveysService();
const ids: string[] = [];
let draft = '';

const ENTITIES = /* GraphQL */ `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Survey { id title } }
  }
`;

beforeAll(async () => {
  for (let i = 1; i <= 10; i++) ids.push((await createSurvey(service, exampleSurvey({ title: `調査 ${i}` }))).id);
  draft = (await createSurvey(service, exampleSurvey({ title: '下書き' }), false)).id;
});

describe('Survey entity', () => {
  it('resolves any number of references with one SQL statement', async () => {
    const representations = [
      ...ids.map((id) => ({ __typename: 'Survey', id })),
      { __typename: 'Survey', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Survey', id: 'not-a-uuid' },
    ];
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(analyst, ENTITIES, { representations });
    });
    expect(statements).toHaveLength(1);
    expect(res.data._entities.map((e: any) => e?.title ?? null)).toEqual([...ids.map((_, i) => `調査 ${i + 1}`), null, null]);
  });

  it('resolves the caller’s responses of a list of surveys with one more statement', async () => {
    const statements = await service.countStatements(() =>
      service.run(coordinator('idp|entities'), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Survey { id myResponse { id } } } }`, {
        r: ids.map((id) => ({ __typename: 'Survey', id })),
      }),
    );
    expect(statements).toHaveLength(2);
  });

  it('resolves drafts for agency admins only', async () => {
    const representations = [{ __typename: 'Survey', id: draft }];
    expect((await service.run(analyst, ENTITIES, { representations })).data!._entities).toEqual([null]);
    expect((await service.run(coordinator('idp|entities'), ENTITIES, { representations })).data!._entities).toEqual([null]);
    expect((await service.run(admin, ENTITIES, { representations })).data!._entities).toEqual([{ id: draft, title: '下書き' }]);
  });
});
