import { describe, expect, it } from 'vitest';
import { CONSULTATION_FIELDS, PREFECTURES } from '@portal/platform';
import { errorCodes } from '@portal/platform/testing';
import {
  admin,
  CLOSE_SURVEY,
  coordinator,
  CREATE_SURVEY,
  createSurvey,
  exampleSurvey,
  OPEN_SURVEY,
  SUBMIT,
  SURVEY_FIELDS,
  UPDATE_SURVEY,
  useSurveysService,
  validAnswers,
} from './helpers';

const service = useSurveysService();
const member = coordinator('idp|lifecycle-member');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const LIST = /* GraphQL */ `query($status: SurveyStatus) { surveys(status: $status) { id status myResponse { id } responseCount } }`;
const ONE = /* GraphQL */ `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;

describe('a draft survey', () => {
  it('is created with its questions in order, each with generated ids, vocabulary questions with the vocabulary as options', async () => {
    const res = await service.run(admin, CREATE_SURVEY, { input: exampleSurvey() });
    expect(res.errors).toBeUndefined();
    const survey = res.data!.createSurvey;
    expect(survey).toMatchObject({
      title: '令和8年度 活動状況アンケート',
      description: '活動状況と地域課題の把握のため',
      status: 'DRAFT',
      closesAt: '2099-03-31T14:59:59.000Z',
      openedAt: null,
      closedAt: null,
    });
    expect(survey.questions.map((q: any) => [q.kind, q.prompt, q.required, q.maxChoices, q.scaleMin, q.scaleMax])).toEqual([
      ['SINGLE_CHOICE', '主な勤務形態', true, 1, null, null],
      ['MULTIPLE_CHOICE', '対応が難しかった分野', false, null, null, null],
      ['SCALE', '連携先の充足度', true, null, 1, 5],
      ['FREE_TEXT', '制度上の課題', false, null, null, null],
      ['PREFECTURE', '主に活動している都道府県', false, 2, null, null],
      ['CONSULTATION_FIELD', '相談の多い分野', false, null, null, null],
    ]);
    const [single, multiple, scale, text, prefecture, field] = survey.questions;
    expect(single.options.map((o: any) => o.label)).toEqual(['地方公共団体', '国際交流協会', 'NPO', 'その他']);
    expect(multiple.options.map((o: any) => o.label)).toEqual(['医療', '労働', '住宅', '教育']);
    const ids = [...survey.questions.map((q: any) => q.id), ...single.options.map((o: any) => o.id), ...multiple.options.map((o: any) => o.id)];
    expect(ids.every((id: string) => UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(scale.options).toEqual([]);
    expect(text.options).toEqual([]);
    expect(prefecture.options.map((o: any) => o.id)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(prefecture.options[0]).toEqual({ id: '01', label: '北海道' });
    expect(prefecture.options[8]).toEqual({ id: '09', label: '栃木県' });
    expect(prefecture.options[46]).toEqual({ id: '47', label: '沖縄県' });
    expect(prefecture.options.map((o: any) => o.label)).toEqual(prefecture.options.map((o: any) => PREFECTURES[o.id as keyof typeof PREFECTURES]));
    expect(field.options).toEqual(Object.entries(CONSULTATION_FIELDS).map(([id, label]) => ({ id, label })));
    // Reading it again gives the same ids.
    const again = await service.run(admin, ONE, { id: survey.id });
    expect(again.data!.survey.questions).toEqual(survey.questions);
  });

  it('takes no closing time at all: it stays open until an admin closes it', async () => {
    const res = await service.run(admin, CREATE_SURVEY, { input: exampleSurvey({ closesAt: null }) });
    expect(res.data!.createSurvey.closesAt).toBeNull();
  });

  it('is refused with every problem of its questions named', async () => {
    const res = await service.run(admin, CREATE_SURVEY, {
      input: {
        title: ' ',
        closesAt: '2020-01-01T00:00:00+09:00',
        questions: [
          { kind: 'SINGLE_CHOICE', prompt: '一つだけ', options: ['はい'] },
          { kind: 'MULTIPLE_CHOICE', prompt: '重複', options: ['医療', '医療 '], maxChoices: 3 },
          { kind: 'SCALE', prompt: '逆転', scaleMin: 5, scaleMax: 1 },
          { kind: 'SCALE', prompt: '広すぎ', scaleMin: 0, scaleMax: 100 },
          { kind: 'SCALE', prompt: '上限なし', scaleMin: 1 },
          { kind: 'FREE_TEXT', prompt: '選択肢つき', options: ['a', 'b'], scaleMin: 1 },
          { kind: 'SINGLE_CHOICE', prompt: '上限つき単一', options: ['a', 'b'], maxChoices: 1 },
          { kind: 'CONSULTATION_FIELD', prompt: '多すぎ', maxChoices: 17 },
          { kind: 'PREFECTURE', prompt: '' },
        ],
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.issues).toEqual([
      { field: 'input.title', message: 'must not be empty' },
      { field: 'input.closesAt', message: 'must be in the future' },
      { field: 'input.questions.0.options', message: 'a SINGLE_CHOICE question needs 2 to 50 options' },
      { field: 'input.questions.1.options', message: 'must not repeat a label' },
      { field: 'input.questions.1.maxChoices', message: 'must be at most the number of options (2)' },
      { field: 'input.questions.2.scaleMax', message: 'must be greater than scaleMin' },
      { field: 'input.questions.3.scaleMax', message: 'must be at most 10' },
      { field: 'input.questions.4.scaleMax', message: 'is required for a SCALE question' },
      { field: 'input.questions.5.options', message: 'a FREE_TEXT question has no options of its own' },
      { field: 'input.questions.5.scaleMin', message: 'is for SCALE questions only' },
      { field: 'input.questions.6.maxChoices', message: 'is for MULTIPLE_CHOICE, PREFECTURE and CONSULTATION_FIELD questions only' },
      { field: 'input.questions.7.maxChoices', message: 'must be at most the number of options (16)' },
      { field: 'input.questions.8.prompt', message: 'must not be empty' },
    ]);
  });

  it('needs at least one question', async () => {
    const res = await service.run(admin, CREATE_SURVEY, { input: { title: '空', questions: [] } });
    expect(res.errors![0]!.extensions!.issues).toEqual([{ field: 'input.questions', message: 'must have at least one question' }]);
  });

  it('can be rewritten while a draft, and members do not see it', async () => {
    const draft = await createSurvey(service, exampleSurvey({ title: '下書き' }), false);
    const res = await service.run(admin, UPDATE_SURVEY, {
      id: draft.id,
      input: { title: '下書き（改）', questions: [{ kind: 'SCALE', prompt: '満足度', required: true, scaleMin: 0, scaleMax: 10 }] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateSurvey).toMatchObject({ id: draft.id, title: '下書き（改）', description: null, closesAt: null, status: 'DRAFT' });
    expect(res.data!.updateSurvey.questions.map((q: any) => q.prompt)).toEqual(['満足度']);

    expect((await service.run(member, ONE, { id: draft.id })).data!.survey).toBeNull();
    expect((await service.run(member, LIST, { status: 'DRAFT' })).data!.surveys).toEqual([]);
    const submit = await service.run(member, SUBMIT, { surveyId: draft.id, answers: [] });
    expect(errorCodes(submit)).toEqual(['NOT_FOUND']);
  });
});

describe('opening and closing', () => {
  it('goes DRAFT → OPEN → CLOSED, each step once, and an open survey can no longer change', async () => {
    const survey = await createSurvey(service, exampleSurvey(), false);

    expect(errorCodes(await service.run(admin, CLOSE_SURVEY, { id: survey.id }))).toEqual(['CONFLICT']);

    const opened = await service.run(admin, OPEN_SURVEY, { id: survey.id });
    expect(opened.data!.openSurvey).toMatchObject({ id: survey.id, status: 'OPEN' });
    expect(opened.data!.openSurvey.openedAt).not.toBeNull();

    const reopen = await service.run(admin, OPEN_SURVEY, { id: survey.id });
    expect(errorCodes(reopen)).toEqual(['CONFLICT']);
    expect(reopen.errors![0]!.message).toBe(`Survey ${survey.id} is OPEN; only a DRAFT survey can be opened`);

    const edit = await service.run(admin, UPDATE_SURVEY, { id: survey.id, input: exampleSurvey({ title: '変更' }) });
    expect(errorCodes(edit)).toEqual(['CONFLICT']);
    expect(edit.errors![0]!.message).toBe(`Survey ${survey.id} is OPEN; only a DRAFT survey can be edited`);
    expect((await service.run(admin, ONE, { id: survey.id })).data!.survey.title).toBe('令和8年度 活動状況アンケート');

    const closed = await service.run(admin, CLOSE_SURVEY, { id: survey.id });
    expect(closed.data!.closeSurvey).toMatchObject({ id: survey.id, status: 'CLOSED' });
    expect(closed.data!.closeSurvey.closedAt).not.toBeNull();

    expect(errorCodes(await service.run(admin, CLOSE_SURVEY, { id: survey.id }))).toEqual(['CONFLICT']);
    expect(errorCodes(await service.run(admin, OPEN_SURVEY, { id: survey.id }))).toEqual(['CONFLICT']);
    expect(errorCodes(await service.run(admin, UPDATE_SURVEY, { id: survey.id, input: exampleSurvey() }))).toEqual(['CONFLICT']);

    const late = await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    expect(errorCodes(late)).toEqual(['CONFLICT']);
    expect(late.errors![0]!.message).toBe(`Survey ${survey.id} is closed and takes no more responses`);
  });

  it('counts a survey past its closesAt as CLOSED: it takes no responses and lists as closed', async () => {
    const survey = await createSurvey(service, exampleSurvey({ title: '期限切れ' }));
    const [row] = await service.sql<{ closes_at: Date }[]>`
      update surveys set closes_at = now() - interval '1 minute' where id = ${survey.id} returning closes_at`;
    const closesAt = row!.closes_at.toISOString();

    const read = await service.run(member, ONE, { id: survey.id });
    expect(read.data!.survey).toMatchObject({ status: 'CLOSED', closedAt: closesAt });
    expect((await service.run(member, LIST, { status: 'OPEN' })).data!.surveys.map((s: any) => s.id)).not.toContain(survey.id);
    expect((await service.run(member, LIST, { status: 'CLOSED' })).data!.surveys.map((s: any) => s.id)).toContain(survey.id);
    expect(errorCodes(await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) }))).toEqual(['CONFLICT']);

    // The admin may still close it, so that its closing is on record for reporting.
    const closed = await service.run(admin, CLOSE_SURVEY, { id: survey.id });
    expect(closed.data!.closeSurvey).toEqual({ id: survey.id, status: 'CLOSED', closedAt: closesAt });
  });

  it('does not open a draft whose closing time has passed', async () => {
    const draft = await createSurvey(service, exampleSurvey({ title: '遅すぎた下書き' }), false);
    await service.sql`update surveys set closes_at = now() - interval '1 day' where id = ${draft.id}`;
    const res = await service.run(admin, OPEN_SURVEY, { id: draft.id });
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/which has passed; update the draft first$/);
  });

  it('answers NOT_FOUND for a survey that does not exist and BAD_USER_INPUT for an id that cannot be one', async () => {
    expect(errorCodes(await service.run(admin, OPEN_SURVEY, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    const res = await service.run(admin, CLOSE_SURVEY, { id: 'survey-1' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('id');
  });
});

describe('the list of surveys', () => {
  it('shows members open and closed surveys with their own response; admins every status with response counts', async () => {
    const ids = await service.sql<{ id: string; status: string }[]>`select id, status from surveys order by created_at desc, id desc`;
    const memberView = (await service.run(member, LIST, {})).data!.surveys;
    expect(memberView.map((s: any) => s.id)).toEqual(ids.filter((s) => s.status !== 'DRAFT').map((s) => s.id));
    expect(memberView.every((s: any) => s.responseCount === null && s.myResponse === null)).toBe(true);

    const adminView = (await service.run(admin, LIST, {})).data!.surveys;
    expect(adminView.map((s: any) => s.id)).toEqual(ids.map((s) => s.id));
    expect(adminView.every((s: any) => s.responseCount === 0 && s.myResponse === null)).toBe(true);
    expect((await service.run(admin, LIST, { status: 'DRAFT' })).data!.surveys.map((s: any) => s.status)).toEqual(
      ids.filter((s) => s.status === 'DRAFT').map(() => 'DRAFT'),
    );
  });
});
