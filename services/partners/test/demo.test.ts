import { beforeAll, describe, expect, it } from 'vitest';
import { CONSULTATION_FIELD_VALUES, PREFECTURE_CODES } from '@portal/platform';
import { DEMO_COVERAGE_GAPS } from '../src/demo/gaps';
import { demoPartner, demoPartners, type DemoPartner } from '../src/demo/generate';
import { DEMO_PARTNERS, seedDemoData } from '../src/demo/seed-database';
import { admin, coordinator, DIRECTORY, usePartnersService } from './helpers';

const service = usePartnersService();
const viewer = coordinator('demo|c-0001');
const demo = demoPartners(DEMO_PARTNERS);

/** Whether the directory would list the partner for this search, as its filters do. */
const listedFor = ({ partner }: DemoPartner, search: { prefectureCode: string; field: string; language?: string }) =>
  partner.status === 'APPROVED' &&
  partner.fields.includes(search.field) &&
  (partner.prefectureCodes.includes(search.prefectureCode) || partner.prefectureCodes.includes('*')) &&
  (!search.language || partner.languageCodes.includes(search.language));

describe('demo partners', () => {
  it('are the same for a row whatever the count they are generated with', () => {
    expect(demoPartners(40)[39]).toEqual(demo[39]);
    expect(demoPartner(DEMO_PARTNERS)).toEqual(demo.at(-1));
  });

  it('start with the nationwide and remote services', () => {
    expect(demo.slice(0, 7).map((d) => [d.partner.name, d.partner.prefectureCodes])).toEqual([
      ['一般社団法人 ささえあい多言語ホットライン', ['*']],
      ['外国人在留総合支援センター', ['*']],
      ['日本司法支援ネット 多言語法律情報ダイヤル', ['*']],
      ['一般財団法人 多言語医療情報センター', ['*']],
      ['外国人労働者向け相談ダイヤル', ['*']],
      ['オンライン日本語学習ひろば', ['*']],
      ['災害時外国人支援情報ネット', ['*']],
    ]);
  });

  it('have unique ids and names, and a few proposals awaiting review', () => {
    expect(new Set(demo.map((d) => d.partner.id)).size).toBe(DEMO_PARTNERS);
    expect(new Set(demo.map((d) => d.partner.name)).size).toBe(DEMO_PARTNERS);
    expect(demo.filter((d) => d.partner.status === 'PROPOSED').length).toBeGreaterThanOrEqual(5);
    expect(demo.filter((d) => d.partner.status === 'PROPOSED').every((d) => d.endorsements.length === 0)).toBe(true);
  });

  it('serve every consultation field in every prefecture, except the documented gaps', () => {
    const uncovered = PREFECTURE_CODES.flatMap((prefectureCode) =>
      CONSULTATION_FIELD_VALUES.filter((field) => !demo.some((d) => listedFor(d, { prefectureCode, field }))).map((field) => `${prefectureCode} ${field}`),
    );
    expect(uncovered.sort()).toEqual(DEMO_COVERAGE_GAPS.filter((g) => !g.language).map((g) => `${g.prefectureCode} ${g.field}`).sort());
  });

  it('keep every gap open, at the size of the demo and of a 10,000-partner benchmark', () => {
    for (const list of [demo, demoPartners(10_000)]) {
      for (const gap of DEMO_COVERAGE_GAPS) {
        expect(list.filter((d) => listedFor(d, gap)).map((d) => d.partner.name)).toEqual([]);
      }
    }
    // The language gap is narrow: medical partners serve Tochigi, just not in Nepali.
    expect(demo.filter((d) => listedFor(d, { prefectureCode: '09', field: 'MEDICAL' })).length).toBeGreaterThan(1);
  });
});

describe('seeding the demo data', () => {
  let inserted = 0;
  beforeAll(async () => {
    ({ inserted } = await seedDemoData(service.databaseUrl));
  }, 60_000);

  it('fills an empty database once', async () => {
    expect(inserted).toBe(DEMO_PARTNERS);
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: 0, total: DEMO_PARTNERS });
  });

  it('shows the gaps through the directory', async () => {
    const total = async (filter: Record<string, unknown>) => (await service.ok(viewer, DIRECTORY, { filter, first: 1 })).partners.totalCount;
    expect(await total({ prefectureCodes: ['09'], fields: ['MEDICAL'], languages: ['ne'] })).toBe(0);
    expect(await total({ prefectureCodes: ['09'], fields: ['MEDICAL'] })).toBe(demo.filter((d) => listedFor(d, { prefectureCode: '09', field: 'MEDICAL' })).length);
    expect(await total({ prefectureCodes: ['31'], fields: ['VIOLENCE_ABUSE'] })).toBe(0);
    expect(await total({ prefectureCodes: ['13'], fields: ['VIOLENCE_ABUSE'] })).toBeGreaterThan(0);
  });

  it('has proposals in the review queue and endorsements by demo coordinators', async () => {
    const queue = await service.ok(admin, DIRECTORY, { filter: { statuses: ['PROPOSED'] } });
    expect(queue.partners.totalCount).toBe(demo.filter((d) => d.partner.status === 'PROPOSED').length);
    const endorsed = demo.find((d) => d.endorsements.length > 1)!;
    const res = await service.ok(viewer, 'query($id: ID!) { partner(id: $id) { endorsedBy { accountId } } }', { id: endorsed.partner.id });
    expect(res.partner.endorsedBy).toEqual(endorsed.endorsements.map((e) => ({ accountId: e.accountId })));
  });
});
