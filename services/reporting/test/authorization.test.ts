import { beforeAll, describe, expect, it } from 'vitest';
import { environmentOf, parseEnv } from '@portal/platform';
import { errorCodes, type TestCaller } from '@portal/platform/testing';
import { service as reporting } from '../src/service';
import { admin, analyst, exampleSurvey, FIELD_ISSUE_DASHBOARD, member, PARTNER_COVERAGE, PARTNER_COVERAGE_MATRIX, SURVEY_DASHBOARD, tochigi, useReportingService } from './helpers';

const service = useReportingService();
const survey = exampleSurvey();

beforeAll(async () => {
  await service.apply(survey.opened);
});

/** Each operation asked for a prefecture a local government of Tochigi (09) may see, and for one it may not. */
const operations: Record<string, (prefectureCode: string) => [string, Record<string, unknown>]> = {
  readSurveyReport: (prefectureCode) => [SURVEY_DASHBOARD, { surveyId: survey.surveyId, prefectureCode }],
  readFieldIssueSummary: (prefectureCode) => [FIELD_ISSUE_DASHBOARD, { filter: { prefectureCodes: [prefectureCode] } }],
  readPartnerCoverage: (prefectureCode) => [PARTNER_COVERAGE, { prefectureCode }],
  'readPartnerCoverage (matrix)': (prefectureCode) => [PARTNER_COVERAGE_MATRIX, { prefectureCodes: [prefectureCode] }],
};

const callers: [string, TestCaller, { own: boolean; other: boolean }][] = [
  ['COORDINATOR', member, { own: false, other: false }],
  ['AGENCY_ADMIN', admin, { own: true, other: true }],
  ['MINISTRY_ANALYST', analyst, { own: true, other: true }],
  ['LOCAL_GOVERNMENT of 09', tochigi, { own: true, other: false }],
];

describe('role × operation', () => {
  for (const [operation, build] of Object.entries(operations)) {
    for (const [role, caller, may] of callers) {
      it(`${role} ${may.own ? 'may' : 'may not'} ${operation} for 09, and ${may.other ? 'may' : 'may not'} for 13`, async () => {
        expect(errorCodes(await service.run(caller, ...build('09')))).toEqual(may.own ? [] : ['FORBIDDEN']);
        expect(errorCodes(await service.run(caller, ...build('13')))).toEqual(may.other ? [] : ['FORBIDDEN']);
      });
    }
    it(`a caller without a signed identity cannot ${operation}`, async () => {
      const res = await service.run(null, ...build('09'));
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    });
  }

  it('a coordinator is refused before the input is looked at', async () => {
    expect(errorCodes(await service.run(member, SURVEY_DASHBOARD, { surveyId: 'not-an-id' }))).toEqual(['FORBIDDEN']);
  });

  it('a local government token without prefectures sees empty nationwide reports and no prefecture', async () => {
    const nowhere: TestCaller = { sub: 'idp|lg', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: [] };
    const whileOpen = await service.run(nowhere, SURVEY_DASHBOARD, { surveyId: survey.surveyId });
    expect(whileOpen.data!.surveyReport).toMatchObject({ totalResponses: null, releasedAt: null, respondentsByPrefecture: [] });
    const closed = exampleSurvey();
    await service.apply(closed.opened, closed.closed(0));
    const released = await service.run(nowhere, SURVEY_DASHBOARD, { surveyId: closed.surveyId });
    expect(released.data!.surveyReport).toMatchObject({ totalResponses: 0, releasedAt: expect.any(String), respondentsByPrefecture: [] });
    expect((await service.run(nowhere, FIELD_ISSUE_DASHBOARD, {})).data).toEqual({ fieldIssueSummary: [] });
    expect(errorCodes(await service.run(nowhere, PARTNER_COVERAGE, { prefectureCode: '09' }))).toEqual(['FORBIDDEN']);
  });
});

describe('configuration', () => {
  const base = { DATABASE_URL: 'postgres://localhost/portal_reporting', IDENTITY_SECRET: 'x'.repeat(32) };
  const envShape = environmentOf(reporting);
  it('protects groups of up to 5 unless SMALL_CELL_K says otherwise, and refuses a k below 2', () => {
    expect(parseEnv(envShape, base)).toMatchObject({ ok: true, env: { SMALL_CELL_K: 5, PORT: 4006 } });
    expect(parseEnv(envShape, { ...base, SMALL_CELL_K: '10' })).toMatchObject({ ok: true, env: { SMALL_CELL_K: 10 } });
    expect(parseEnv(envShape, { ...base, SMALL_CELL_K: '1' })).toEqual({ ok: false, problems: ['SMALL_CELL_K: must be at least 2'] });
  });
});
