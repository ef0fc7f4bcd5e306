import { describe, expect, it } from 'vitest';
import { CASE_STUDY_STATUSES } from '../src/db/schema';
import { demoCaseStudies, demoCaseStudy } from '../src/demo/generate';
import { DEMO_MEETINGS } from '../src/demo/meetings';
import { DEMO_CASE_STUDIES, seedDemoData } from '../src/demo/seed-database';
import { screenForPersonalData } from '@portal/platform';
import { coordinator, LIBRARY, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();

describe('demo case studies', () => {
  const cases = demoCaseStudies(2_000);

  it('are the same on every run, and case n does not depend on the count', () => {
    expect(JSON.stringify(demoCaseStudies(50))).toBe(JSON.stringify(cases.slice(0, 50)));
    expect(demoCaseStudy(1_234)).toEqual(cases[1_233]);
  });

  it('carry no personal data: the posting screen finds nothing in any of them', () => {
    const findings = cases.flatMap((c) => screenForPersonalData({ title: c.title, summary: c.summary, body: c.body }));
    expect(findings).toEqual([]);
  });

  it('cover every kind, field, status and prefecture, by demo coordinators', () => {
    const local = cases.slice(0, DEMO_CASE_STUDIES);
    const published = local.filter((c) => c.status === 'PUBLISHED');
    expect(new Set(published.map((c) => c.kind))).toEqual(new Set(['CONSULTATION', 'REGIONAL_ISSUE', 'ADVANCED_PRACTICE']));
    expect(new Set(published.flatMap((c) => c.fields)).size).toBe(16);
    expect(new Set(local.map((c) => c.status))).toEqual(new Set(CASE_STUDY_STATUSES));
    expect(published.length / local.length).toBeGreaterThan(0.85);
    expect(new Set(cases.map((c) => c.prefectureCode)).size).toBe(47);
    const authors = new Set(cases.map((c) => c.authorAccountId));
    expect([...authors].every((a) => !!a && /^demo\|c-\d{4}$/.test(a) && Number(a.slice(-4)) >= 1 && Number(a.slice(-4)) <= 320)).toBe(true);
    expect(authors.size).toBeGreaterThan(250);
    expect(local.every((c) => c.title.length <= 200 && c.summary.length <= 1_000)).toBe(true);
  });
});

describe('demo study meetings', () => {
  it('include upcoming ones for a local run started at the end of November 2026', () => {
    const reference = new Date('2026-11-29T00:00:00+09:00');
    expect(DEMO_MEETINGS.filter((m) => m.meeting.endsAt > reference)).toHaveLength(3);
    expect(DEMO_MEETINGS.every((m) => m.registered <= m.meeting.capacity)).toBe(true);
  });
});

describe('seeding', () => {
  const MEETINGS = '{ studyMeetings(upcomingOnly: true) { title registeredCount caseStudies { status fields } } }';

  it('fills an empty database once, with meetings linked to published cases, and leaves it alone afterwards', async () => {
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: DEMO_CASE_STUDIES + DEMO_MEETINGS.length });
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: 0 });

    const viewer = coordinator('demo|c-0100');
    const library = await service.run(viewer, LIBRARY, {
      filter: { kinds: ['CONSULTATION'], fields: ['EMPLOYMENT'], prefectureCodes: ['23'], text: '未払い賃金' },
      first: 10,
    });
    expect(library.data!.caseStudies.edges.map((e: any) => e.node.title)).toContain('フィリピン出身の技能実習生の未払い賃金に関する相談を労働基準監督署につないだ事例');
    const publishedCount = demoCaseStudies(DEMO_CASE_STUDIES).filter((c) => c.status === 'PUBLISHED').length;
    expect((await service.run(viewer, LIBRARY, {})).data!.caseStudies.totalCount).toBe(publishedCount);

    const upcoming = DEMO_MEETINGS.filter((m) => m.meeting.endsAt.getTime() > Date.now());
    const meetings = (await service.run(viewer, MEETINGS)).data!.studyMeetings;
    expect(meetings.map((m: any) => [m.title, m.registeredCount, m.caseStudies.length])).toEqual(
      upcoming.map((m) => [m.meeting.title, m.registered, m.caseCount]),
    );
    for (const [i, meeting] of meetings.entries()) {
      for (const linked of meeting.caseStudies) {
        expect(linked.status).toBe('PUBLISHED');
        expect(upcoming[i]!.caseFields).toContain(linked.fields[0]);
      }
    }
  });
});
