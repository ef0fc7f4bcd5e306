import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent, mentionsIn } from '@portal/platform/testing';
import { applyCoordinatorEvents } from '../src/erasure';
import { admin, coordinator, coordinatorEvent, createSurvey, EXPORT, SUBMIT, useSurveysService, validAnswers, type CreatedSurvey } from './helpers';

const service = useSurveysService();
const erased = coordinator('idp|surveys-erased');
const other = coordinator('idp|surveys-stays');
// A member who is agency staff as well: the surveys they drafted name no one after their erasure.
const staffMember = { sub: 'idp|surveys-staff-member', roles: ['COORDINATOR' as const, 'AGENCY_ADMIN' as const] };
const registered = coordinatorEvent(erased.sub, ['09']);
const erasure = erasureEvent({ coordinatorId: registered.data.coordinatorId as string, accountId: erased.sub });

const REPORT = /* GraphQL */ `mutation($input: FieldIssueInput!) { reportFieldIssue(input: $input) { id } }`;
const ISSUES = /* GraphQL */ `
  { fieldIssues { totalCount edges { node { id prefectureCode category description status reportedByMe reporter { __typename } } } } }
`;
const MINE = /* GraphQL */ `{ myFieldIssues { totalCount } }`;
const SURVEY = /* GraphQL */ `query($id: ID!) { survey(id: $id) { id title status responseCount myResponse { id } } }`;

/** What admins and members see of the survey and the field issues. */
async function observable(survey: CreatedSurvey) {
  return {
    csv: (await service.ok(admin, EXPORT, { surveyId: survey.id })).surveyResponsesCsv,
    survey: (await service.ok(admin, SURVEY, { id: survey.id })).survey,
    othersResponse: (await service.ok(other, SURVEY, { id: survey.id })).survey.myResponse,
    issues: (await service.ok(admin, ISSUES)).fieldIssues,
  };
}

describe('a coordinator erased from surveys and field feedback', () => {
  let survey: CreatedSurvey;
  let before: Awaited<ReturnType<typeof observable>>;

  beforeAll(async () => {
    await service.applyCoordinatorEvents([registered, coordinatorEvent(other.sub, ['13'])]);
    survey = await createSurvey(service);
    for (const caller of [erased, other]) await service.ok(caller, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    const input = { prefectureCode: '09', fields: ['MEDICAL'], category: 'PARTNER_SHORTAGE', description: '夜間に派遣できる医療通訳がいない' };
    await service.ok(erased, REPORT, { input });
    await service.ok(other, REPORT, { input: { ...input, prefectureCode: '13' } });
    before = await observable(survey);
    expect((await service.ok(erased, SURVEY, { id: survey.id })).survey.myResponse).not.toBeNull();
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).not.toEqual([]);
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasure);
  });

  it('holds their account id nowhere', async () => {
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).toEqual([]);
  });

  it('keeps their response and its answers, so the export and the count do not change', async () => {
    const after = await observable(survey);
    expect(after.csv).toBe(before.csv);
    // The header and both responses.
    expect(before.csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(after.survey).toEqual(before.survey);
    expect(after.survey.responseCount).toBe(2);
    expect(after.othersResponse).toEqual(before.othersResponse);
  });

  it('keeps their field issue report without its reporter', async () => {
    const after = (await observable(survey)).issues;
    expect(after.totalCount).toBe(2);
    const [othersIssue, theirs] = after.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(theirs).toEqual({ ...before.issues.edges[1].node, reporter: null });
    expect(before.issues.edges[1].node.reporter).toEqual({ __typename: 'Coordinator' });
    expect(othersIssue).toEqual(before.issues.edges[0].node);
  });

  it('a token of theirs finds no response and no report of theirs', async () => {
    expect((await service.ok(erased, SURVEY, { id: survey.id })).survey.myResponse).toBeNull();
    expect(await service.ok(erased, MINE)).toEqual({ myFieldIssues: { totalCount: 0 } });
    const issues = (await service.ok(erased, ISSUES)).fieldIssues.edges.map((e: { node: Record<string, unknown> }) => [e.node.reportedByMe, e.node.description]);
    expect(issues).toEqual([
      [false, null],
      [false, null],
    ]);
  });

  it('changes nothing when the same erasure is applied again', async () => {
    const snapshot = await observable(survey);
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasure, erasure);
    expect(await observable(survey)).toEqual(snapshot);
  });

  it('also forgets an account that drafted a survey as agency staff; the survey stays', async () => {
    const drafted = (await service.ok(staffMember, 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', {
      input: { title: 'スタッフ兼会員のアンケート', questions: [{ kind: 'FREE_TEXT', prompt: '自由記述' }] },
    })).createSurvey;
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).toEqual([{ table: 'public.surveys', text: staffMember.sub, rows: 1 }]);
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasureEvent({ coordinatorId: randomUUID(), accountId: staffMember.sub }));
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).toEqual([]);
    expect((await service.ok(admin, SURVEY, { id: drafted.id })).survey.title).toBe('スタッフ兼会員のアンケート');
  });
});
