import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import {
  admin,
  ARCHIVE,
  CASE_INPUT,
  caseStudy,
  CHECKLIST,
  coordinator,
  DRAFT,
  LIBRARY,
  REVIEW,
  SUBMIT,
  UPDATE,
  useCaseStudiesService,
} from './helpers';

const service = useCaseStudiesService();
const author = coordinator('idp|author');
const colleague = coordinator('idp|colleague');

const READ = /* GraphQL */ `
  query($id: ID!) {
    caseStudy(id: $id) {
      id kind title summary body fields prefectureCode status reviewerNote
      piiFindings { kind excerpt } createdAt updatedAt submittedAt publishedAt
    }
  }
`;
const read = async (caller: typeof author, id: string) => (await service.run(caller, READ, { id })).data!.caseStudy;
const fieldsOf = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors![0]!.extensions!.issues.map((i: { field: string }) => i.field);

describe('drafting', () => {
  it('creates a DRAFT that only its author and agency admins see', async () => {
    const res = await service.run(author, DRAFT, { input: CASE_INPUT });
    expect(res.errors).toBeUndefined();
    const id = res.data!.createCaseStudyDraft.id;
    expect(res.data!.createCaseStudyDraft).toEqual({ id, status: 'DRAFT' });
    const own = await read(author, id);
    expect(own).toMatchObject({ ...CASE_INPUT, status: 'DRAFT', reviewerNote: null, piiFindings: [], submittedAt: null, publishedAt: null });
    expect(own.createdAt).toBe(own.updatedAt);
    expect((await read(admin, id)).status).toBe('DRAFT');
    expect(await read(colleague, id)).toBeNull();
  });

  it('refuses bad input naming each field', async () => {
    const res = await service.run(author, DRAFT, {
      input: { ...CASE_INPUT, title: 'あ'.repeat(201), summary: ' ', body: 'x'.repeat(20_001), fields: [], prefectureCode: '48' },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['input.title', 'input.summary', 'input.body', 'input.fields', 'input.prefectureCode']);
  });

  it('accepts the longest texts allowed, counting characters rather than bytes', async () => {
    const res = await service.run(author, DRAFT, {
      input: { ...CASE_INPUT, title: '𠮷'.repeat(200), summary: '要'.repeat(1_000), body: '本'.repeat(20_000) },
    });
    expect(errorCodes(res)).toEqual([]);
  });

  it('edits the fields given and leaves the rest; refuses an unknown or malformed id', async () => {
    const id = await caseStudy(service, author, 'DRAFT');
    const res = await service.run(author, UPDATE, { id, input: { title: '改題した事例', fields: ['EMPLOYMENT'], summary: null } });
    expect(res.data!.updateCaseStudyDraft).toMatchObject({ ...CASE_INPUT, title: '改題した事例', fields: ['EMPLOYMENT'], status: 'DRAFT' });
    const bad = await service.run(author, UPDATE, { id, input: { body: '' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    expect(errorCodes(await service.run(author, UPDATE, { id: 'nope', input: {} }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(author, UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: {} }))).toEqual(['NOT_FOUND']);
  });
});

describe('submitting', () => {
  it('requires every checklist item and names each one that is not confirmed', async () => {
    const id = await caseStudy(service, author, 'DRAFT');
    const res = await service.run(author, SUBMIT, {
      id,
      checklist: { ...CHECKLIST, personalNamesRemoved: false, consentObtainedOrNotIdentifiable: false },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['checklist.personalNamesRemoved', 'checklist.consentObtainedOrNotIdentifiable']);
    expect((await read(author, id)).status).toBe('DRAFT');
  });

  it('keeps a case with personal data a DRAFT and lists the masked findings until the text is fixed', async () => {
    const id = await caseStudy(service, author, 'DRAFT', {
      body: '相談者（在留カード番号ＡＢ１２３４５６７８ＣＤ、携帯０９０－１２３４－５６７８）は製造業で働く20代の技能実習生。',
    });
    const res = await service.run(author, SUBMIT, { id, checklist: CHECKLIST });
    expect(res.data!.submitCaseStudy).toEqual({
      id,
      status: 'DRAFT',
      piiFindings: [
        { kind: 'RESIDENCE_CARD_NUMBER', excerpt: '（在留カード番号ＡＢ********ＣＤ、携帯*' },
        { kind: 'PHONE_NUMBER', excerpt: '***ＣＤ、携帯***－****－****）は製造' },
      ],
    });
    expect(JSON.stringify(res)).not.toMatch(/[1１][2２][3３][4４]/);
    // The author sees the findings later too; editing clears them, and the clean text passes.
    expect((await read(author, id)).piiFindings).toHaveLength(2);
    const edited = await service.run(author, UPDATE, { id, input: { body: CASE_INPUT.body } });
    expect(edited.data!.updateCaseStudyDraft.piiFindings).toEqual([]);
    const again = await service.run(author, SUBMIT, { id, checklist: CHECKLIST });
    expect(again.data!.submitCaseStudy).toEqual({ id, status: 'SUBMITTED', piiFindings: [] });
    expect((await read(author, id)).submittedAt).not.toBeNull();
  });

  it('keeps back a phone number written in kanji numerals, as the author wrote it but masked', async () => {
    const id = await caseStudy(service, author, 'DRAFT', {
      body: '相談者の携帯〇九〇－一二三四－五六七八に、令和6年4月1日の研修会の後で二人で連絡した。',
    });
    const res = await service.run(author, SUBMIT, { id, checklist: CHECKLIST });
    expect(res.data!.submitCaseStudy).toEqual({
      id,
      status: 'DRAFT',
      piiFindings: [{ kind: 'PHONE_NUMBER', excerpt: '相談者の携帯***－****－****に、令和' }],
    });
    expect((await read(author, id)).piiFindings).toEqual([{ kind: 'PHONE_NUMBER', excerpt: '相談者の携帯***－****－****に、令和' }]);
    expect((await read(admin, id)).piiFindings).toHaveLength(1);
    expect(await read(colleague, id)).toBeNull();
  });

  it('screens the title and summary too', async () => {
    const id = await caseStudy(service, author, 'DRAFT', { title: 'Ｎさん（nguyen@example.jp）の相談', summary: '生年月日 平成10年4月1日' });
    const res = await service.run(author, SUBMIT, { id, checklist: CHECKLIST });
    expect(res.data!.submitCaseStudy.piiFindings.map((f: { kind: string }) => f.kind)).toEqual(['EMAIL_ADDRESS', 'DATE_OF_BIRTH']);
  });

  it('submits only drafts: a SUBMITTED, PUBLISHED or REJECTED case is a CONFLICT', async () => {
    const submitted = await caseStudy(service, author, 'SUBMITTED');
    expect(errorCodes(await service.run(author, SUBMIT, { id: submitted, checklist: CHECKLIST }))).toEqual(['CONFLICT']);
    const published = await caseStudy(service, author, 'PUBLISHED');
    expect(errorCodes(await service.run(author, SUBMIT, { id: published, checklist: CHECKLIST }))).toEqual(['CONFLICT']);
    const rejected = await caseStudy(service, author, 'SUBMITTED');
    await service.run(admin, REVIEW, { id: rejected, decision: 'REJECT', note: '個人が特定できる記述があります' });
    expect(errorCodes(await service.run(author, SUBMIT, { id: rejected, checklist: CHECKLIST }))).toEqual(['CONFLICT']);
  });

  it('lets nobody edit a submitted or published case', async () => {
    const submitted = await caseStudy(service, author, 'SUBMITTED');
    expect(errorCodes(await service.run(author, UPDATE, { id: submitted, input: { title: 'x' } }))).toEqual(['CONFLICT']);
    const published = await caseStudy(service, author, 'PUBLISHED');
    expect(errorCodes(await service.run(author, UPDATE, { id: published, input: { title: 'x' } }))).toEqual(['CONFLICT']);
  });
});

describe('review', () => {
  it('APPROVE publishes the case for every member', async () => {
    const id = await caseStudy(service, author, 'SUBMITTED');
    expect(await read(colleague, id)).toBeNull();
    const res = await service.run(admin, REVIEW, { id, decision: 'APPROVE', note: null });
    const reviewed = res.data!.reviewCaseStudy;
    expect(reviewed).toMatchObject({ id, status: 'PUBLISHED', reviewerNote: null });
    expect(Date.now() - Date.parse(reviewed.publishedAt)).toBeLessThan(60_000);
    expect(await read(colleague, id)).toMatchObject({ id, status: 'PUBLISHED', publishedAt: reviewed.publishedAt });
  });

  it('REJECT needs a note, which the author and admins see but other members do not', async () => {
    const id = await caseStudy(service, author, 'SUBMITTED');
    const noNote = await service.run(admin, REVIEW, { id, decision: 'REJECT', note: '  ' });
    expect(noNote.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const res = await service.run(admin, REVIEW, { id, decision: 'REJECT', note: '勤務先が特定できる記述を削ってください' });
    expect(res.data!.reviewCaseStudy).toEqual({ id, status: 'REJECTED', publishedAt: null, reviewerNote: '勤務先が特定できる記述を削ってください' });
    expect((await read(author, id)).reviewerNote).toBe('勤務先が特定できる記述を削ってください');
    expect(await read(colleague, id)).toBeNull();
  });

  it('a rejected case becomes a DRAFT again when its author edits it, and can then be submitted', async () => {
    const id = await caseStudy(service, author, 'SUBMITTED');
    await service.run(admin, REVIEW, { id, decision: 'REJECT', note: '事業所名を伏せてください' });
    const edited = await service.run(author, UPDATE, { id, input: { body: '相談者は製造業の事業所で働く20代の技能実習生。' } });
    expect(edited.data!.updateCaseStudyDraft).toMatchObject({ status: 'DRAFT', reviewerNote: '事業所名を伏せてください' });
    expect((await service.run(author, SUBMIT, { id, checklist: CHECKLIST })).data!.submitCaseStudy.status).toBe('SUBMITTED');
  });

  it('reviews only SUBMITTED cases: anything else is a CONFLICT', async () => {
    const draft = await caseStudy(service, author, 'DRAFT');
    expect(errorCodes(await service.run(admin, REVIEW, { id: draft, decision: 'APPROVE' }))).toEqual(['CONFLICT']);
    const published = await caseStudy(service, author, 'PUBLISHED');
    expect(errorCodes(await service.run(admin, REVIEW, { id: published, decision: 'REJECT', note: '再審査' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await service.run(admin, REVIEW, { id: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' }))).toEqual(['NOT_FOUND']);
  });

  it('of two simultaneous reviews of one case, one wins and the other is a CONFLICT', async () => {
    const id = await caseStudy(service, author, 'SUBMITTED');
    const results = await Promise.all([
      service.run(admin, REVIEW, { id, decision: 'APPROVE' }),
      service.run(admin, REVIEW, { id, decision: 'REJECT', note: '重複' }),
    ]);
    expect(results.map(errorCodes).sort()).toEqual([[], ['CONFLICT']]);
  });
});

describe('archiving', () => {
  const inLibrary = async (id: string) =>
    (await service.run(colleague, LIBRARY, { first: 100 })).data!.caseStudies.edges.some((e: any) => e.node.id === id);

  it('the author archives their own case, which leaves the library but stays visible to them', async () => {
    const id = await caseStudy(service, author, 'PUBLISHED');
    expect(await inLibrary(id)).toBe(true);
    expect((await service.run(author, ARCHIVE, { id })).data!.archiveCaseStudy).toEqual({ id, status: 'ARCHIVED' });
    expect(await inLibrary(id)).toBe(false);
    expect(await read(colleague, id)).toBeNull();
    expect((await read(author, id)).status).toBe('ARCHIVED');
    expect(errorCodes(await service.run(author, ARCHIVE, { id }))).toEqual(['CONFLICT']);
    expect(errorCodes(await service.run(author, UPDATE, { id, input: { title: 'x' } }))).toEqual(['CONFLICT']);
  });

  it('an agency admin archives anyone’s case', async () => {
    const id = await caseStudy(service, author, 'PUBLISHED');
    expect((await service.run(admin, ARCHIVE, { id })).data!.archiveCaseStudy.status).toBe('ARCHIVED');
  });
});

describe("a coordinator's case studies", () => {
  const OF = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Coordinator { caseStudies { status } } } }';
  const statuses = async (caller: typeof author, accountId: string) =>
    (await service.run(caller, OF, { r: [{ __typename: 'Coordinator', accountId }] })).data!._entities[0].caseStudies.map((c: any) => c.status);

  it('are the published ones for others, and all of their own for the author', async () => {
    const writer = coordinator('idp|profile-writer');
    await caseStudy(service, writer, 'PUBLISHED');
    await caseStudy(service, writer, 'SUBMITTED');
    await caseStudy(service, writer, 'DRAFT');
    expect(await statuses(colleague, writer.sub)).toEqual(['PUBLISHED']);
    expect(await statuses(admin, writer.sub)).toEqual(['PUBLISHED']);
    expect((await statuses(writer, writer.sub)).sort()).toEqual(['DRAFT', 'PUBLISHED', 'SUBMITTED']);
    expect(await statuses(colleague, 'idp|nobody')).toEqual([]);
  });
});
