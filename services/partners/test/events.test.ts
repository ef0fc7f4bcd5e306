import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, ARCHIVE, coordinator, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const proposer = coordinator('idp|events-proposer');
let sql: postgres.Sql;
beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1 });
});
afterAll(() => sql.end());

const outbox = () => sql<{ type: string; aggregate_id: string; data: Record<string, unknown> }[]>`select type, aggregate_id, data from outbox order by seq`;

describe('partner events', () => {
  it('records partner.approved on approval, with fields, places and languages only', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '大阪府居住支援法人 すまいサポート' }));
    expect(await outbox()).toEqual([
      {
        type: 'partner.approved',
        aggregate_id: id,
        data: { partnerId: id, fields: ['HOUSING', 'DAILY_LIFE'], prefectureCodes: ['27'], nationwide: false, languages: ['ja', 'pt', 'es'] },
      },
    ]);
  });

  it('records nothing for a proposal or a rejection', async () => {
    const before = (await outbox()).length;
    await service.addPartner(proposer, proposal({ name: '却下される連携先' }), 'REJECT');
    expect((await outbox()).length).toBe(before);
  });

  it('records partner.archived when an approved partner is archived', async () => {
    const id = await service.addPartner(proposer, proposal({ name: 'アーカイブされる連携先' }));
    await service.ok(admin, ARCHIVE, { id, note: null });
    expect((await outbox()).filter((e) => e.aggregate_id === id).map((e) => e.type)).toEqual(['partner.approved', 'partner.archived']);
  });

  it('records a nationwide service as covering every prefecture', async () => {
    const id = await service.addPartner(
      proposer,
      proposal({ name: '全国多言語ホットライン', fields: undefined, languages: undefined, serviceAreas: undefined, services: [{ name: '電話相談', fields: ['MENTAL_HEALTH'], languages: ['en'], serviceAreas: [{ scope: 'NATIONWIDE' }] }] }),
    );
    expect((await outbox()).find((e) => e.aggregate_id === id)?.data).toMatchObject({ prefectureCodes: [], nationwide: true, fields: ['MENTAL_HEALTH'] });
  });
});
