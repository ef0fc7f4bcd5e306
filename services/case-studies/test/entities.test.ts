import { beforeAll, describe, expect, it } from 'vitest';
import { admin, caseStudy, coordinator, REGISTER, SCHEDULE, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const viewer = coordinator('idp|entities-viewer');
const authors = Array.from({ length: 8 }, (_, i) => coordinator(`idp|entities-author-${i + 1}`));
const published: string[] = [];
let draft = '';

beforeAll(async () => {
  for (const [i, author] of authors.entries()) {
    published.push(await caseStudy(service, author, 'PUBLISHED', { title: `公開事例 ${i + 1}` }));
  }
  draft = await caseStudy(service, authors[0]!, 'DRAFT', { title: '下書き' });
  for (let m = 0; m < 6; m++) {
    const res = await service.run(admin, SCHEDULE, {
      input: {
        title: `研究会 ${m + 1}`,
        startsAt: `2099-0${m + 1}-10T13:00:00+09:00`,
        endsAt: `2099-0${m + 1}-10T15:00:00+09:00`,
        format: 'ONLINE',
        capacity: 30,
        caseStudyIds: published.slice(m, m + 3),
      },
    });
    const id = res.data!.scheduleStudyMeeting.id;
    for (let r = 0; r <= m; r++) await service.run(coordinator(`idp|attendee-${r}`), REGISTER, { id });
  }
  await service.run(viewer, REGISTER, { id: (await service.run(viewer, '{ studyMeetings { id } }')).data!.studyMeetings[2].id });
});

const ENTITIES = /* GraphQL */ `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on CaseStudy { id title author { __typename } }
      ... on Coordinator { caseStudies { id title kind publishedAt } }
    }
  }
`;

describe('entities', () => {
  it('resolves any number of case studies with one SQL statement, null for the invisible and unknown', async () => {
    const representations = [...published, draft, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'].map((id) => ({ __typename: 'CaseStudy', id }));
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(viewer, ENTITIES, { representations });
    });
    expect(statements).toHaveLength(1);
    expect(res.data._entities.map((e: any) => e?.title ?? null)).toEqual([...published.map((_, i) => `公開事例 ${i + 1}`), null, null, null]);
  });

  it('resolves the case studies of any number of coordinators with one SQL statement', async () => {
    const representations = [...authors, viewer].map((a) => ({ __typename: 'Coordinator', accountId: a.sub }));
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(viewer, ENTITIES, { representations });
    });
    expect(statements).toHaveLength(1);
    expect(res.data._entities.map((e: any) => e.caseStudies.map((c: any) => c.title))).toEqual([
      ['公開事例 1'],
      ...Array.from({ length: 7 }, (_, i) => [`公開事例 ${i + 2}`]),
      [],
    ]);
  });

  it('lists meetings with their cases, seats and the viewer’s registration in three statements, whatever their number', async () => {
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(viewer, '{ studyMeetings { title registeredCount viewerIsRegistered onlineUrl caseStudies { title author { __typename } } } }');
    });
    expect(statements).toHaveLength(3);
    expect(res.data.studyMeetings.map((m: any) => [m.title, m.registeredCount, m.viewerIsRegistered, m.caseStudies.length])).toEqual([
      ['研究会 1', 1, false, 3],
      ['研究会 2', 2, false, 3],
      ['研究会 3', 4, true, 3],
      ['研究会 4', 4, false, 3],
      ['研究会 5', 5, false, 3],
      ['研究会 6', 6, false, 3],
    ]);
    expect(res.data.studyMeetings[0].caseStudies.map((c: any) => c.title)).toEqual(['公開事例 1', '公開事例 2', '公開事例 3']);
  });
});
