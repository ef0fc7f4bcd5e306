import { describe, expect, it } from 'vitest';
import { CoordinatorProfileDocument, DirectorySearchDocument, MyProfileDocument, RegisterCoordinatorDocument, UpdateMyProfileDocument } from '@portal/client';
import { contractExamples, operationText } from '../lib/operations';
import { admin } from './callers';
import { useStack } from './stack-fixture';

const portal = useStack();
const examples = contractExamples();
const nguyen = { sub: 'idp|c-0001', roles: ['COORDINATOR' as const], prefectureCodes: ['13'] };

describe('the coordinator directory through the gateway', () => {
  let id = '';

  it('refuses an anonymous caller', async () => {
    const res = await portal.send(null, DirectorySearchDocument, examples.DirectorySearch);
    expect(res.status).toBe(401);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('RegisterCoordinator: an agency admin registers a graduate', async () => {
    const res = await portal.send(admin, RegisterCoordinatorDocument, examples.RegisterCoordinator);
    expect(res.errors).toBeUndefined();
    id = res.data.registerCoordinator.id;
    expect(res.data.registerCoordinator).toMatchObject({ name: 'グエン・ティ・ラン', certification: { cohortYear: 2025, status: 'ACTIVE' } });
    expect(res.data.registerCoordinator.certification.certificateNumber).toMatch(/^FRSC-2025-\d{6}$/);
    const again = await portal.send(admin, RegisterCoordinatorDocument, examples.RegisterCoordinator);
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });

  it('MyProfile: the graduate sees their certificate', async () => {
    const res = await portal.send(nguyen, MyProfileDocument);
    expect(res.data.me).toMatchObject({ id, name: 'グエン・ティ・ラン', contactVisibility: 'MEMBERS', certification: { status: 'ACTIVE' } });
  });

  it('UpdateMyProfile: the graduate fills in their profile', async () => {
    const res = await portal.send(nguyen, UpdateMyProfileDocument, examples.UpdateMyProfile);
    expect(res.errors).toBeUndefined();
    expect(res.data.updateMyProfile).toEqual({
      id,
      bio: 'ベトナム語・英語で医療と労働の相談に対応しています。',
      expertiseFields: ['MEDICAL', 'EMPLOYMENT'],
      languages: [{ code: 'vi', level: 'NATIVE' }, { code: 'en', level: 'BUSINESS' }],
      qualifications: ['社会福祉士', '医療通訳技能認定'],
      activityRegions: [{ prefectureCode: '13', municipality: '新宿区' }, { prefectureCode: '14', municipality: null }],
      currentWorkplace: { name: '新宿区多文化共生プラザ', prefectureCode: '13' },
      contact: { email: 'nguyen@example.jp', phone: '03-1234-5678' },
      contactVisibility: 'MEMBERS',
    });
  });

  it('DirectorySearch: another coordinator finds them with the contract example', async () => {
    const res = await portal.send({ sub: 'idp|c-0002', roles: ['COORDINATOR'] }, DirectorySearchDocument, examples.DirectorySearch);
    expect(res.errors).toBeUndefined();
    expect(res.data.coordinators.totalCount).toBe(1);
    expect(res.data.coordinators.edges[0].node).toEqual({
      id,
      name: 'グエン・ティ・ラン',
      nameKana: 'グエン ティ ラン',
      activityRegions: [
        { prefectureCode: '13', prefectureName: '東京都', municipality: '新宿区' },
        { prefectureCode: '14', prefectureName: '神奈川県', municipality: null },
      ],
      expertiseFields: ['MEDICAL', 'EMPLOYMENT'],
      languages: [{ code: 'vi', level: 'NATIVE' }, { code: 'en', level: 'BUSINESS' }],
      qualifications: ['社会福祉士', '医療通訳技能認定'],
      currentWorkplace: { name: '新宿区多文化共生プラザ', prefectureCode: '13' },
      contact: { email: 'nguyen@example.jp', phone: '03-1234-5678' },
      certification: { cohortYear: 2025, status: 'ACTIVE' },
    });
  });

  it('CoordinatorProfile: a profile by id', async () => {
    const res = await portal.send({ sub: 'idp|c-0002', roles: ['COORDINATOR'] }, CoordinatorProfileDocument, { id });
    expect(res.data.coordinator).toEqual({
      id,
      name: 'グエン・ティ・ラン',
      bio: 'ベトナム語・英語で医療と労働の相談に対応しています。',
      expertiseFields: ['MEDICAL', 'EMPLOYMENT'],
      endorsedPartners: [],
      caseStudies: [],
    });
  });

  it('serves only the trusted documents of the generated client, as in production', async () => {
    const member = { sub: 'idp|c-0002', roles: ['COORDINATOR' as const] };
    const own = await portal.sendText(member, 'query($id: ID!) { coordinator(id: $id) { id name } }', { id });
    expect([own.status, own.errors?.map((e) => e.extensions?.code)]).toEqual([400, ['OPERATION_NOT_TRUSTED']]);
    // The contract's text as written in schema/operations is the same document.
    const text = await portal.sendText(member, operationText('CoordinatorProfile'), { id });
    expect(text.data.coordinator.id).toBe(id);
  });

  it('refuses a ministry analyst the directory', async () => {
    const res = await portal.send({ sub: 'idp|mhlw', roles: ['MINISTRY_ANALYST'] }, DirectorySearchDocument, examples.DirectorySearch);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
