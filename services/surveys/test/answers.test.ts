import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { coordinator, createSurvey, exampleSurvey, SUBMIT, useSurveysService, validAnswers, type CreatedSurvey } from './helpers';

const service = useSurveysService();
let survey: CreatedSurvey;
let q: CreatedSurvey['questions'];
let n = 0;
// A fresh respondent per submit: a refused response must not count as the one response.
const respondent = () => coordinator(`idp|answers-${++n}`);
const name = (i: number) => `question ${i + 1} "${q[i]!.prompt}" (${q[i]!.id})`;

beforeAll(async () => {
  survey = await createSurvey(service, exampleSurvey());
  q = survey.questions;
});

async function refused(answers: unknown[]) {
  const res = await service.run(respondent(), SUBMIT, { surveyId: survey.id, answers });
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.data).toEqual({ submitSurveyResponse: null });
  return res.errors![0]!.extensions!.issues;
}

const base = () => validAnswers(survey);
const replace = (index: number, answer: Record<string, unknown>) => base().map((a, i) => (i === index ? answer : a));

describe('answers are checked against their questions', () => {
  it('accepts a complete, valid response, and one with only the required questions', async () => {
    const full = await service.run(respondent(), SUBMIT, { surveyId: survey.id, answers: base() });
    expect(full.errors).toBeUndefined();
    const minimal = await service.run(respondent(), SUBMIT, {
      surveyId: survey.id,
      answers: [base()[0], base()[2]],
    });
    expect(minimal.errors).toBeUndefined();
  });

  it('requires every required question to be answered', async () => {
    expect(await refused([base()[1]])).toEqual([
      { field: 'answers', message: `${name(0)} requires an answer` },
      { field: 'answers', message: `${name(2)} requires an answer` },
    ]);
  });

  it('counts an empty choice as no answer to a required question', async () => {
    expect(await refused(replace(0, { questionId: q[0]!.id, optionIds: [] }))).toEqual([
      { field: 'answers.0', message: `${name(0)} requires an answer` },
    ]);
  });

  it('refuses options of another question, or that do not exist', async () => {
    expect(await refused(replace(1, { questionId: q[1]!.id, optionIds: [q[0]!.options[0]!.id, 'o-9'] }))).toEqual([
      { field: 'answers.1', message: `${name(1)} has no option "${q[0]!.options[0]!.id}", "o-9"` },
    ]);
  });

  it('takes exactly one option for a single choice', async () => {
    expect(await refused(replace(0, { questionId: q[0]!.id, optionIds: [q[0]!.options[0]!.id, q[0]!.options[1]!.id] }))).toEqual([
      { field: 'answers.0', message: `${name(0)} takes exactly one option` },
    ]);
  });

  it('keeps to a question’s maxChoices', async () => {
    expect(await refused([...base(), { questionId: q[4]!.id, optionIds: ['09', '13', '14'] }])).toEqual([
      { field: 'answers.4', message: `${name(4)} takes at most 2 options` },
    ]);
  });

  it('takes prefecture codes and field values as the options of vocabulary questions', async () => {
    expect(await refused([...base(), { questionId: q[4]!.id, optionIds: ['48'] }, { questionId: q[5]!.id, optionIds: ['医療'] }])).toEqual([
      { field: 'answers.4', message: `${name(4)} has no option "48"` },
      { field: 'answers.5', message: `${name(5)} has no option "医療"` },
    ]);
    const ok = await service.run(respondent(), SUBMIT, {
      surveyId: survey.id,
      answers: [...base(), { questionId: q[4]!.id, optionIds: ['09'] }, { questionId: q[5]!.id, optionIds: ['MEDICAL', 'LEGAL'] }],
    });
    expect(ok.errors).toBeUndefined();
  });

  it('keeps a scale within its range', async () => {
    expect(await refused(replace(2, { questionId: q[2]!.id, scale: 6 }))).toEqual([
      { field: 'answers.2', message: `${name(2)} must be between 1 and 5` },
    ]);
    expect(await refused(replace(2, { questionId: q[2]!.id, scale: 0 }))).toEqual([
      { field: 'answers.2', message: `${name(2)} must be between 1 and 5` },
    ]);
  });

  it('limits text to 2,000 characters, counted as people count them', async () => {
    const ok = await service.run(respondent(), SUBMIT, { surveyId: survey.id, answers: replace(3, { questionId: q[3]!.id, text: '𠮷'.repeat(2000) }) });
    expect(ok.errors).toBeUndefined();
    expect(await refused(replace(3, { questionId: q[3]!.id, text: 'あ'.repeat(2001) }))).toEqual([
      { field: 'answers.3', message: `${name(3)} must be at most 2000 characters` },
    ]);
  });

  it('refuses a question that is not in the survey', async () => {
    expect(await refused([...base(), { questionId: 'q-unknown', text: 'x' }])).toEqual([
      { field: 'answers.4', message: 'there is no question "q-unknown" in this survey' },
    ]);
  });

  it('refuses an answer of the wrong shape for its question', async () => {
    const issues = await refused([
      { questionId: q[0]!.id, scale: 1 },
      { questionId: q[1]!.id, optionIds: [q[1]!.options[0]!.id], text: '医療' },
      { questionId: q[2]!.id, text: '5' },
      { questionId: q[3]!.id },
    ]);
    expect(issues).toEqual([
      { field: 'answers.0', message: `${name(0)} is a SINGLE_CHOICE question: answer it with optionIds only` },
      { field: 'answers.1', message: `${name(1)} is a MULTIPLE_CHOICE question: answer it with optionIds only` },
      { field: 'answers.2', message: `${name(2)} is a SCALE question: answer it with scale only` },
      { field: 'answers.3', message: `${name(3)} is a FREE_TEXT question: answer it with text only` },
    ]);
  });

  it('refuses two answers to one question', async () => {
    expect(await refused([...base(), { questionId: q[2]!.id, scale: 3 }])).toEqual([
      { field: 'answers.4', message: `${name(2)} is answered more than once` },
    ]);
  });

  it('reports every problem of a response at once', async () => {
    const issues = await refused([
      { questionId: q[1]!.id, optionIds: ['nope'] },
      { questionId: q[2]!.id, scale: 9 },
    ]);
    // Question 3, answered out of range, is not reported as unanswered as well.
    expect(issues).toEqual([
      { field: 'answers.0', message: `${name(1)} has no option "nope"` },
      { field: 'answers.1', message: `${name(2)} must be between 1 and 5` },
      { field: 'answers', message: `${name(0)} requires an answer` },
    ]);
  });
});
