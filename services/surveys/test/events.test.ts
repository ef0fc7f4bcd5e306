import { describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS } from '@portal/platform/events';
import { errorCodes } from '@portal/platform/testing';
import { admin, CLOSE_SURVEY, coordinator, coordinatorEvent, createSurvey, OPEN_SURVEY, SUBMIT, useSurveysService, validAnswers } from './helpers';

const service = useSurveysService();

const REPORT = /* GraphQL */ `mutation($input: FieldIssueInput!) { reportFieldIssue(input: $input) { id } }`;
const eventsAfter = async (count: number) => (await service.outbox()).slice(count);

describe('survey events in the outbox', () => {
  it('records survey.opened with the questionnaire, survey.response_submitted without text or respondent, survey.closed', async () => {
    const draft = await createSurvey(service, undefined, false);
    expect(await service.outbox()).toEqual([]);

    await service.run(admin, OPEN_SURVEY, { id: draft.id });
    const [opened] = await service.outbox();
    const [q1, q2, q3, q4, q5, q6] = draft.questions;
    const choice = (q: typeof q1) => q!.options.map((o) => ({ optionId: o.id, label: o.label }));
    expect(opened).toEqual({
      type: 'survey.opened',
      aggregate_id: draft.id,
      data: {
        surveyId: draft.id,
        closesAt: '2099-03-31T14:59:59.000Z',
        questions: [
          { questionId: q1!.id, kind: 'SINGLE_CHOICE', prompt: '主な勤務形態', required: true, options: choice(q1), scaleMin: null, scaleMax: null },
          { questionId: q2!.id, kind: 'MULTIPLE_CHOICE', prompt: '対応が難しかった分野', required: false, options: choice(q2), scaleMin: null, scaleMax: null },
          { questionId: q3!.id, kind: 'SCALE', prompt: '連携先の充足度', required: true, options: [], scaleMin: 1, scaleMax: 5 },
          { questionId: q4!.id, kind: 'FREE_TEXT', prompt: '制度上の課題', required: false, options: [], scaleMin: null, scaleMax: null },
          { questionId: q5!.id, kind: 'PREFECTURE', prompt: '主に活動している都道府県', required: false, options: choice(q5), scaleMin: null, scaleMax: null },
          { questionId: q6!.id, kind: 'CONSULTATION_FIELD', prompt: '相談の多い分野', required: false, options: choice(q6), scaleMin: null, scaleMax: null },
        ],
      },
    });
    expect(opened!.data.questions[4].options[8]).toEqual({ optionId: '09', label: '栃木県' });
    expect(opened!.data.questions[5].options[2]).toEqual({ optionId: 'MEDICAL', label: '医療' });
    expect(() => EVENT_SCHEMAS['survey.opened'].parse(opened!.data)).not.toThrow();

    await service.applyCoordinatorEvents([coordinatorEvent('idp|events-member', ['09'])]);
    const res = await service.run(coordinator('idp|events-member'), SUBMIT, {
      surveyId: draft.id,
      answers: [...validAnswers(draft), { questionId: q5!.id, optionIds: ['13', '09'] }],
    });
    const [submitted, answered] = await eventsAfter(1);
    expect(submitted).toEqual({
      type: 'survey.response_submitted',
      aggregate_id: draft.id,
      data: {
        surveyId: draft.id,
        responseId: res.data!.submitSurveyResponse.id,
        respondentPrefectureCode: '09',
        answers: [
          { questionId: q1!.id, optionIds: [q1!.options[0]!.id], scale: null },
          { questionId: q2!.id, optionIds: [q2!.options[0]!.id, q2!.options[2]!.id], scale: null },
          { questionId: q3!.id, optionIds: [], scale: 2 },
          // Answered, but its text stays here.
          { questionId: q4!.id, optionIds: [], scale: null },
          { questionId: q5!.id, optionIds: ['09', '13'], scale: null },
        ],
      },
    });
    expect(JSON.stringify(submitted)).not.toMatch(/夜間|events-member/);
    expect(() => EVENT_SCHEMAS['survey.response_submitted'].parse(submitted!.data)).not.toThrow();
    // Who answered travels apart, without the response's id: reminders skip them.
    expect(answered).toEqual({ type: 'survey.answered', aggregate_id: draft.id, data: { surveyId: draft.id, accountId: 'idp|events-member' } });

    await service.run(admin, CLOSE_SURVEY, { id: draft.id });
    // With the number of responses it closed with, for reporting to know when it has them all.
    expect(await eventsAfter(3)).toEqual([{ type: 'survey.closed', aggregate_id: draft.id, data: { surveyId: draft.id, responses: 1 } }]);
  });

  it('records nothing for changes that fail', async () => {
    const survey = await createSurvey(service);
    const before = (await service.outbox()).length;
    await service.run(admin, OPEN_SURVEY, { id: survey.id });
    const member = coordinator('idp|failing');
    await service.run(member, SUBMIT, { surveyId: survey.id, answers: [] });
    await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    expect(errorCodes(await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) }))).toEqual(['CONFLICT']);
    await service.run(admin, CLOSE_SURVEY, { id: survey.id });
    await service.run(admin, CLOSE_SURVEY, { id: survey.id });
    await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    await service.run(member, REPORT, { input: { prefectureCode: '99', fields: ['MEDICAL'], category: 'OTHER', description: '説明' } });
    expect((await eventsAfter(before)).map((e) => e.type)).toEqual(['survey.response_submitted', 'survey.answered', 'survey.closed']);
  });
});

describe('field issue events in the outbox', () => {
  it('records field_issue.reported with prefecture, fields, category and the reporter\'s pseudonym, never the description or account', async () => {
    const before = (await service.outbox()).length;
    const report = (sub: string) =>
      service.run(coordinator(sub), REPORT, {
        input: { prefectureCode: '09', fields: ['MEDICAL', 'LEGAL', 'MEDICAL'], category: 'PARTNER_SHORTAGE', description: '県北部にネパール語の医療通訳を派遣できる団体がない' },
      });
    const res = await report('idp|reporter');
    const id = res.data!.reportFieldIssue.id;
    const events = await eventsAfter(before);
    expect(events).toEqual([
      {
        type: 'field_issue.reported',
        aggregate_id: id,
        data: { fieldIssueId: id, contributorId: expect.stringMatching(/^[0-9a-f-]{36}$/), prefectureCode: '09', fields: ['MEDICAL', 'LEGAL'], category: 'PARTNER_SHORTAGE' },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/ネパール|reporter/);
    // The same reporter keeps their pseudonym; another reporter has another.
    await report('idp|reporter');
    await report('idp|someone-else');
    const pseudonyms = (await eventsAfter(before)).map((e) => (e.data as { contributorId: string }).contributorId);
    expect(pseudonyms[1]).toBe(pseudonyms[0]);
    expect(pseudonyms[2]).not.toBe(pseudonyms[0]);
    // Its reporter is told of the response, by account but without the issue's id, which
    // would link the account to the pseudonym above.
    const respond = () =>
      service.run(admin, 'mutation($id: ID!) { respondToFieldIssue(id: $id, status: UNDER_REVIEW, response: "確認中です") { id } }', { id });
    await respond();
    expect(await eventsAfter(before + 3)).toEqual([
      { type: 'field_issue.status_changed', aggregate_id: id, data: { accountId: 'idp|reporter', status: 'UNDER_REVIEW', responded: true } },
    ]);
    expect(JSON.stringify(await eventsAfter(before + 3))).not.toContain(pseudonyms[0]!);
    // The same status and response again tells nobody anything new.
    await respond();
    expect(await eventsAfter(before + 4)).toEqual([]);
  });
});
