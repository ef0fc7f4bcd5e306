import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { member, useCollaborationService } from './helpers';

const service = useCollaborationService();
const caller = member('idp|suggest-caller', ['09']);
// Help is needed in 10 群馬県: its neighbours are 07, 09, 11, 15 and 20.
const inGunma = member('idp|suggest-gunma', ['10'], ['MEDICAL'], ['vi']);
const inGunmaNoLanguage = member('idp|suggest-gunma-en', ['10'], ['MEDICAL'], ['en']);
const neighbourBoth = member('idp|suggest-saitama', ['11'], ['MEDICAL', 'WELFARE'], ['vi']);
const farAway = member('idp|suggest-fukuoka', ['40'], ['MEDICAL', 'WELFARE'], ['vi']);
const otherField = member('idp|suggest-niigata', ['15'], ['TAX'], ['vi']);
const suspended = { ...member('idp|suggest-suspended', ['10'], ['MEDICAL'], ['vi']), certificationStatus: 'SUSPENDED' as const };
const nationwide = { partnerId: randomUUID(), prefectureCodes: [], nationwide: true, fields: ['MEDICAL', 'WELFARE'], languages: ['vi', 'pt-BR'] };
const partnerInNagano = { partnerId: randomUUID(), prefectureCodes: ['20'], fields: ['MEDICAL'], languages: ['pt-BR'] };
const partnerFar = { partnerId: randomUUID(), prefectureCodes: ['47'], fields: ['MEDICAL'], languages: ['vi'] };

beforeAll(async () => {
  await service.directory([caller, inGunma, inGunmaNoLanguage, neighbourBoth, farAway, otherField, suspended], [nationwide, partnerInNagano, partnerFar]);
});

const SUGGEST = /* GraphQL */ `
  query($need: ReferralNeedInput!, $first: Int) {
    referralSuggestions(need: $need, first: $first) { coordinator { accountId } partner { id } matchedFields matchedLanguages reach reason }
  }
`;
const suggest = async (need: Record<string, unknown>, first?: number) => (await service.ok(caller.caller, SUGGEST, { need, first })).referralSuggestions;
const who = (s: { coordinator: { accountId: string } | null; partner: { id: string } | null }) => s.coordinator?.accountId ?? s.partner!.id;

describe('suggested receivers', () => {
  it('rank fields and languages covered first, then the prefecture itself, its neighbours, then nationwide services', async () => {
    const suggestions = await suggest({ fields: ['MEDICAL', 'WELFARE'], languages: ['vi'], destinationPrefectureCode: '10' });
    expect(suggestions.map(who)).toEqual([neighbourBoth.caller.sub, nationwide.partnerId, inGunma.caller.sub, inGunmaNoLanguage.caller.sub, partnerInNagano.partnerId]);
    expect(suggestions.map((s: any) => s.reach)).toEqual(['NEIGHBOURING_PREFECTURE', 'NATIONWIDE_OR_REMOTE', 'IN_PREFECTURE', 'IN_PREFECTURE', 'NEIGHBOURING_PREFECTURE']);
    expect(suggestions.map((s: any) => s.reason)).toEqual([
      '分野 医療・福祉、言語 vi に対応、隣接県（埼玉県）で活動',
      '分野 医療・福祉、言語 vi に対応、全国・遠隔対応',
      '分野 医療、言語 vi に対応、群馬県で活動',
      '分野 医療 に対応、群馬県で活動',
      '分野 医療 に対応、隣接県（長野県）で活動',
    ]);
  });

  it('leave out the caller, other fields, suspended certifications and prefectures neither the place nor next to it', async () => {
    const found = (await suggest({ fields: ['MEDICAL'], destinationPrefectureCode: '10' }, 50)).map(who);
    for (const absent of [caller.caller.sub, otherField.caller.sub, suspended.caller.sub, farAway.caller.sub, partnerFar.partnerId]) expect(found).not.toContain(absent);
  });

  it('match a language by its primary tag (pt finds pt-BR) and stop at `first`', async () => {
    const [first] = await suggest({ fields: ['MEDICAL'], languages: ['pt'], destinationPrefectureCode: '20' }, 1);
    expect(first).toMatchObject({ partner: { id: partnerInNagano.partnerId }, matchedLanguages: ['pt'], reach: 'IN_PREFECTURE' });
  });

  it('refuse an unknown prefecture, language or page size', async () => {
    const res = await service.run(caller.caller, SUGGEST, { need: { fields: ['MEDICAL'], languages: ['klingon'], destinationPrefectureCode: '48' }, first: 500 });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.issues.map((i: { field: string }) => i.field)).toEqual(['need.languages.0', 'need.destinationPrefectureCode']);
  });
});
