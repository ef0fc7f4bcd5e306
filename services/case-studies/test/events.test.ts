import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, caseStudy, coordinator, REVIEW, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const author = coordinator('idp|events-author');
let sql: postgres.Sql;
beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1 });
});
afterAll(() => sql.end());

const outbox = () => sql<{ type: string; aggregate_id: string; data: Record<string, unknown> }[]>`select type, aggregate_id, data from outbox order by seq`;

describe('case study events', () => {
  it('records case_study.published on publication: kind, fields and prefecture, never the text', async () => {
    const id = await caseStudy(service, author, 'PUBLISHED');
    const events = await outbox();
    expect(events).toEqual([
      { type: 'case_study.published', aggregate_id: id, data: { caseStudyId: id, kind: 'CONSULTATION', fields: ['EMPLOYMENT', 'LEGAL'], prefectureCode: '23' } },
    ]);
    expect(JSON.stringify(events)).not.toContain('技能実習生');
  });

  it('records nothing for drafts, submissions and rejections', async () => {
    const before = (await outbox()).length;
    await caseStudy(service, author, 'DRAFT');
    const submitted = await caseStudy(service, author, 'SUBMITTED');
    await service.run(admin, REVIEW, { id: submitted, decision: 'REJECT', note: '個人が特定できる記述があります' });
    expect((await outbox()).length).toBe(before);
  });
});
