import { describe, expect, it } from 'vitest';
import { admin, badFields, coordinator, PROPOSE, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const proposer = coordinator('idp|hsds-proposer');

const FULL = /* GraphQL */ `
  fragment Phone on PartnerPhone { number extension type description languages }
  query($id: ID!) {
    partner(id: $id) {
      name description legalStatus email website
      fields languages
      serviceAreas { scope prefectureCode prefectureName municipality }
      contact { phone email url }
      services {
        id name description url email fields languages
        serviceAreas { scope prefectureCode municipality }
        phones { ...Phone }
        contacts { name title department email phones { ...Phone } }
        schedules { byDay opensAt closesAt description }
      }
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdatePartnerInput!) {
    updatePartner(id: $id, input: $input) { id name assuredDate services { id name fields } history { action field previousValue replacementValue } }
  }
`;

/** A partner with two services: a local clinic network and a nationwide phone line. */
const withServices = {
  name: 'ＮＰＯ法人 多言語医療ネット東海',
  description: '医療通訳の派遣と電話通訳を行っています。',
  legalStatus: '特定非営利活動法人',
  contact: { email: 'info@tokai-medical.example.org', url: 'https://tokai-medical.example.org' },
  services: [
    {
      name: '医療通訳派遣',
      description: '病院・診療所への通訳同行',
      fields: ['MEDICAL'],
      languages: ['pt-BR', 'es', 'fil'],
      serviceAreas: [{ prefectureCode: '23', municipality: '名古屋市' }, { prefectureCode: '22', municipality: '浜松市' }],
      phones: [{ number: '052-000-0000', extension: '12', description: '派遣依頼', languages: ['ja'] }],
      contacts: [{ name: '山田 花子', title: 'コーディネーター', department: '派遣事業部', email: 'haken@tokai-medical.example.org', phones: [{ number: '090-0000-0000', type: 'CELL' }] }],
      schedules: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' }, { description: '土曜日は予約制' }],
    },
    {
      name: '電話医療通訳',
      fields: ['MEDICAL', 'MENTAL_HEALTH'],
      languages: ['pt-BR', 'vi'],
      serviceAreas: [{ scope: 'REMOTE' }],
      phones: [{ number: '0120-000-000' }],
      schedules: [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '00:00', closesAt: '24:00', description: '24時間' }],
    },
  ],
};

describe('the HSDS structure', () => {
  it('gives a partner proposed with the flat fields one service carrying them', async () => {
    const id = await service.addPartner(proposer, proposal());
    const { partner } = await service.ok(proposer, FULL, { id });
    expect(partner).toEqual({
      name: '大阪府居住支援法人 すまいサポート',
      description: '外国人の住まい探しと入居後の生活支援',
      legalStatus: null,
      email: 'info@example.org',
      website: 'https://example.org',
      fields: ['HOUSING', 'DAILY_LIFE'],
      languages: ['ja', 'pt', 'es'],
      serviceAreas: [{ scope: 'PREFECTURE', prefectureCode: '27', prefectureName: '大阪府', municipality: '大阪市' }],
      contact: { phone: '06-0000-0000', email: 'info@example.org', url: 'https://example.org' },
      services: [
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          name: '大阪府居住支援法人 すまいサポート',
          description: '外国人の住まい探しと入居後の生活支援',
          url: 'https://example.org',
          email: 'info@example.org',
          fields: ['HOUSING', 'DAILY_LIFE'],
          languages: ['ja', 'pt', 'es'],
          serviceAreas: [{ scope: 'PREFECTURE', prefectureCode: '27', municipality: '大阪市' }],
          phones: [{ number: '06-0000-0000', extension: null, type: 'VOICE', description: null, languages: [] }],
          contacts: [],
          schedules: [],
        },
      ],
    });
  });

  it('keeps services with phones, contacts and schedules, and summarises them for the directory', async () => {
    const id = await service.addPartner(proposer, withServices);
    const { partner } = await service.ok(proposer, FULL, { id });
    expect(partner.fields).toEqual(['MEDICAL', 'MENTAL_HEALTH']);
    expect(partner.languages).toEqual(['pt-BR', 'es', 'fil', 'vi']);
    expect(partner.serviceAreas).toEqual([
      { scope: 'PREFECTURE', prefectureCode: '23', prefectureName: '愛知県', municipality: '名古屋市' },
      { scope: 'PREFECTURE', prefectureCode: '22', prefectureName: '静岡県', municipality: '浜松市' },
      { scope: 'REMOTE', prefectureCode: null, prefectureName: null, municipality: null },
    ]);
    expect(partner.contact).toEqual({ phone: null, email: 'info@tokai-medical.example.org', url: 'https://tokai-medical.example.org' });
    expect(partner.legalStatus).toBe('特定非営利活動法人');
    const [dispatch, phoneLine] = partner.services;
    expect(dispatch.phones).toEqual([{ number: '052-000-0000', extension: '12', type: 'VOICE', description: '派遣依頼', languages: ['ja'] }]);
    expect(dispatch.contacts).toEqual([
      {
        name: '山田 花子',
        title: 'コーディネーター',
        department: '派遣事業部',
        email: 'haken@tokai-medical.example.org',
        phones: [{ number: '090-0000-0000', extension: null, type: 'CELL', description: null, languages: [] }],
      },
    ]);
    expect(dispatch.schedules).toEqual([
      { byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', description: null },
      { byDay: [], opensAt: null, closesAt: null, description: '土曜日は予約制' },
    ]);
    expect(phoneLine).toMatchObject({ name: '電話医療通訳', description: null, serviceAreas: [{ scope: 'REMOTE', prefectureCode: null, municipality: null }] });
  });
});

describe('editing (agency admins)', () => {
  it('changes the fields given, records each in the history and can record a verification', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '編集前の名前' }));
    const res = await service.ok(admin, UPDATE, {
      id,
      input: { name: '編集後の名前', contact: { phone: '06-1111-2222', email: 'info@example.org', url: 'https://example.org' }, languages: ['ja', 'pt'], assuredDate: '2026-01-15' },
    });
    expect(res.updatePartner).toMatchObject({ id, name: '編集後の名前', assuredDate: '2026-01-15' });
    const edits = res.updatePartner.history.filter((c: { action: string }) => c.action === 'UPDATE');
    expect(edits.map((c: any) => [c.field.replace(/[0-9a-f-]{36}/, '<id>'), c.previousValue, c.replacementValue])).toEqual([
      ['name', '編集前の名前', '編集後の名前'],
      ['phone', '06-0000-0000', '06-1111-2222'],
      ['services.<id>.languages', '["ja","pt","es"]', '["ja","pt"]'],
      ['assuredDate', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), '2026-01-15'],
    ]);
  });

  it('writes nothing when nothing changes', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '変更なし' }));
    const before = (await service.ok(admin, UPDATE, { id, input: {} })).updatePartner.history.length;
    const after = (await service.ok(admin, UPDATE, { id, input: { name: '変更なし', description: '外国人の住まい探しと入居後の生活支援' } })).updatePartner.history.length;
    expect(after).toBe(before);
  });

  it('replaces services, keeping the ones named by id and removing the rest', async () => {
    const id = await service.addPartner(proposer, withServices);
    const [dispatch, phoneLine] = (await service.ok(admin, FULL, { id })).partner.services;
    const res = await service.ok(admin, UPDATE, {
      id,
      input: {
        services: [
          { id: dispatch.id, name: '医療通訳派遣（東海）', fields: ['MEDICAL'], serviceAreas: [{ prefectureCode: '23' }] },
          { name: '外国人向け健康相談会', fields: ['MEDICAL', 'WELFARE'], serviceAreas: [{ prefectureCode: '21' }] },
        ],
      },
    });
    const services = res.updatePartner.services;
    expect(services.map((s: any) => s.name)).toEqual(['医療通訳派遣（東海）', '外国人向け健康相談会']);
    expect(services[0].id).toBe(dispatch.id);
    const fields = res.updatePartner.history.filter((c: any) => c.action === 'UPDATE').map((c: any) => c.field);
    expect(fields).toContain(`services.${phoneLine.id}`);
    expect(fields).toContain(`services.${dispatch.id}.name`);
    expect(fields).toContain(`services.${services[1].id}`);
  });

  it('refuses flat edits of a partner with several services, unknown service ids and future verification dates', async () => {
    const id = await service.addPartner(proposer, withServices);
    expect(badFields(await service.run(admin, UPDATE, { id, input: { fields: ['MEDICAL'] } }))).toEqual(['input.fields']);
    expect(
      badFields(
        await service.run(admin, UPDATE, {
          id,
          input: { services: [{ id: '00000000-0000-4000-8000-000000000000', name: 'x', fields: ['MEDICAL'], serviceAreas: [{ prefectureCode: '23' }] }] },
        }),
      ),
    ).toEqual(['input.services.0.id']);
    expect(badFields(await service.run(admin, UPDATE, { id, input: { assuredDate: '2999-01-01' } }))).toEqual(['input.assuredDate']);
  });
});

describe('bad input', () => {
  it('names every bad field of a proposal', async () => {
    const res = await service.run(proposer, PROPOSE, {
      input: {
        name: 'あ'.repeat(201),
        description: 'い'.repeat(4001),
        fields: [],
        serviceAreas: [{ prefectureCode: '48' }, { scope: 'NATIONWIDE', prefectureCode: '13' }, { municipality: '大阪市' }],
        languages: ['english'],
        contact: { phone: '123', email: 'not-an-email', url: 'ftp://example.org' },
      },
    });
    expect(badFields(res)).toEqual([
      'input.name',
      'input.description',
      'input.fields',
      'input.serviceAreas.0.prefectureCode',
      'input.serviceAreas.1.prefectureCode',
      'input.serviceAreas.2.prefectureCode',
      'input.languages.0',
      'input.contact.phone',
      'input.contact.email',
      'input.contact.url',
    ]);
  });

  it('names bad fields inside services', async () => {
    const res = await service.run(proposer, PROPOSE, {
      input: {
        name: '検証',
        services: [
          {
            name: '',
            fields: ['MEDICAL'],
            serviceAreas: [],
            phones: [{ number: 'abc', extension: '内線1' }],
            contacts: [{}],
            schedules: [{ byDay: ['MO'], opensAt: '18:00', closesAt: '09:00' }, { byDay: ['TU'], opensAt: '25:00', closesAt: '26:00' }, { opensAt: '09:00' }],
          },
        ],
      },
    });
    expect(badFields(res)).toEqual([
      'input.services.0.name',
      'input.services.0.serviceAreas',
      'input.services.0.phones.0.number',
      'input.services.0.phones.0.extension',
      'input.services.0.contacts.0',
      'input.services.0.schedules.0.closesAt',
      'input.services.0.schedules.1.opensAt',
      'input.services.0.schedules.1.closesAt',
      'input.services.0.schedules.2.closesAt',
      'input.services.0.schedules.2.byDay',
    ]);
  });

  it('takes either the flat fields or services, not both, and needs one of them', async () => {
    const both = await service.run(proposer, PROPOSE, { input: { ...withServices, fields: ['MEDICAL'], languages: ['vi'] } });
    expect(badFields(both)).toEqual(['input.fields', 'input.languages']);
    const neither = await service.run(proposer, PROPOSE, { input: { name: '空の提案' } });
    expect(badFields(neither)).toEqual(['input.fields', 'input.serviceAreas']);
  });

  it('accepts full-width digits in phone numbers and normalises them', async () => {
    const id = await service.addPartner(proposer, proposal({ name: '全角電話', contact: { phone: '０６－１２３４－５６７８' } }));
    expect((await service.ok(proposer, FULL, { id })).partner.contact.phone).toBe('06-1234-5678');
  });
});
