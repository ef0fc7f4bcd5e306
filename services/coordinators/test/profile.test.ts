import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, coordinator, REGISTER, UPDATE_PROFILE, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const owner = coordinator('idp|owner');
const colleague = coordinator('idp|colleague');

const CONTACT = 'query($id: ID!) { coordinator(id: $id) { contact { email phone } contactVisibility } }';
const ME = '{ me { id name contactVisibility certification { certificateNumber cohortYear status issuedAt validUntil } } }';
let ownerId = '';

beforeAll(async () => {
  const res = await service.run(admin, REGISTER, {
    input: {
      accountId: owner.sub,
      name: 'グエン・ティ・ラン',
      cohortYear: 2025,
      email: 'nguyen@example.jp',
      phone: '03-1234-5678',
      activityRegions: [{ prefectureCode: '13', municipality: '新宿区' }],
    },
  });
  ownerId = res.data!.registerCoordinator.id;
  await service.run(admin, REGISTER, { input: { accountId: colleague.sub, name: '同僚 次郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '14' }] } });
});

describe('my profile', () => {
  it('shows my certificate, valid through the day before its third anniversary', async () => {
    const res = await service.run(owner, ME);
    const me = res.data!.me;
    expect(me).toMatchObject({ id: ownerId, name: 'グエン・ティ・ラン', contactVisibility: 'MEMBERS' });
    expect(me.certification.status).toBe('ACTIVE');
    const issuedInJapan = new Date(new Date(me.certification.issuedAt).getTime() + 9 * 3600_000);
    const anniversary = new Date(Date.UTC(issuedInJapan.getUTCFullYear() + 3, issuedInJapan.getUTCMonth(), issuedInJapan.getUTCDate()));
    expect(me.certification.validUntil).toBe(new Date(anniversary.getTime() - 86_400_000).toISOString().slice(0, 10));
  });

  it('is null for a signed-in admin without a profile', async () => {
    expect((await service.run(admin, ME)).data).toEqual({ me: null });
  });

  it('updates the fields given and leaves the rest', async () => {
    const input = {
      bio: 'ベトナム語・英語で医療と労働の相談に対応しています。',
      expertiseFields: ['MEDICAL', 'EMPLOYMENT'],
      languages: [{ code: 'vi', level: 'NATIVE' }, { code: 'en', level: 'BUSINESS' }],
      qualifications: ['社会福祉士', '医療通訳技能認定'],
      activityRegions: [{ prefectureCode: '13', municipality: '新宿区' }, { prefectureCode: '14' }],
      currentWorkplace: { name: '新宿区多文化共生プラザ', prefectureCode: '13' },
      contactVisibility: 'MEMBERS',
    };
    const res = await service.run(owner, UPDATE_PROFILE, { input });
    expect(res.data!.updateMyProfile).toEqual({
      id: ownerId,
      ...input,
      activityRegions: [{ prefectureCode: '13', municipality: '新宿区' }, { prefectureCode: '14', municipality: null }],
      contact: { email: 'nguyen@example.jp', phone: '03-1234-5678' },
    });
    const partial = await service.run(owner, UPDATE_PROFILE, { input: { contact: { phone: '０３－９８７６－５４３２' } } });
    expect(partial.data!.updateMyProfile).toMatchObject({ bio: input.bio, contact: { email: null, phone: '03-9876-5432' } });
  });

  it('refuses bad input naming each field', async () => {
    const res = await service.run(owner, UPDATE_PROFILE, {
      input: {
        bio: 'あ'.repeat(4001),
        languages: [{ code: 'english', level: 'NATIVE' }],
        activityRegions: [{ prefectureCode: '00' }],
        contact: { email: 'not-an-email', phone: '123' },
        currentWorkplace: { name: 'x'.repeat(201) },
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'input.activityRegions.0.prefectureCode',
      'input.bio',
      'input.contact.email',
      'input.contact.phone',
      'input.currentWorkplace.name',
      'input.languages.0.code',
    ]);
  });

  it('accepts a bio of exactly 4,000 characters, counting characters not bytes', async () => {
    const res = await service.run(owner, UPDATE_PROFILE, { input: { bio: '𠮷'.repeat(4000) } });
    expect(errorCodes(res)).toEqual([]);
  });

  it('is NOT_FOUND for a coordinator account without a profile', async () => {
    const res = await service.run(coordinator('idp|stranger'), UPDATE_PROFILE, { input: { bio: 'x' } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});

describe('registration input', () => {
  it('names every bad field', async () => {
    const res = await service.run(admin, REGISTER, {
      input: { accountId: '', name: 'x'.repeat(201), cohortYear: 1999, email: 'bad', activityRegions: [] },
    });
    expect(res.errors![0]!.extensions!.issues.map((i: { field: string }) => i.field)).toEqual([
      'input.accountId',
      'input.name',
      'input.cohortYear',
      'input.email',
      'input.activityRegions',
    ]);
  });
});

describe('contact visibility', () => {
  it('shows MEMBERS contacts to other members', async () => {
    await service.run(owner, UPDATE_PROFILE, { input: { contactVisibility: 'MEMBERS', contact: { email: 'nguyen@example.jp' } } });
    const res = await service.run(colleague, CONTACT, { id: ownerId });
    expect(res.data!.coordinator).toEqual({ contact: { email: 'nguyen@example.jp', phone: null }, contactVisibility: 'MEMBERS' });
  });

  it('hides PRIVATE contacts from other members but not from the owner or admins', async () => {
    await service.run(owner, UPDATE_PROFILE, { input: { contactVisibility: 'PRIVATE' } });
    expect((await service.run(colleague, CONTACT, { id: ownerId })).data!.coordinator.contact).toBeNull();
    expect((await service.run(owner, CONTACT, { id: ownerId })).data!.coordinator.contact).toEqual({ email: 'nguyen@example.jp', phone: null });
    expect((await service.run(admin, CONTACT, { id: ownerId })).data!.coordinator.contact).toEqual({ email: 'nguyen@example.jp', phone: null });
  });
});

describe('certification status', () => {
  it('hides a suspended coordinator from members, not from admins or themselves', async () => {
    await service.run(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: SUSPENDED) { id } }', { id: ownerId });
    expect((await service.run(colleague, CONTACT, { id: ownerId })).data).toEqual({ coordinator: null });
    expect((await service.run(admin, CONTACT, { id: ownerId })).data!.coordinator).not.toBeNull();
    expect((await service.run(owner, ME)).data!.me.certification.status).toBe('SUSPENDED');
    await service.run(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: ACTIVE) { id } }', { id: ownerId });
  });

  it('refuses to set EXPIRED, which follows from the dates', async () => {
    const res = await service.run(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: EXPIRED) { id } }', { id: ownerId });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('answers an id that is not a coordinator id with BAD_USER_INPUT and an unknown one with null', async () => {
    expect((await service.run(colleague, CONTACT, { id: 'nope' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await service.run(colleague, CONTACT, { id: '00000000-0000-4000-8000-000000000000' })).data).toEqual({ coordinator: null });
  });
});
