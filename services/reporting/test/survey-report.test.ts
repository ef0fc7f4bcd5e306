import { describe, expect, it } from 'vitest';
import { errorCodes, type TestCaller } from '@portal/platform/testing';
import { admin, analyst, exampleSurvey, portalEventOf, SURVEY_DASHBOARD, tochigi, useReportingService } from './helpers';

const service = useReportingService();

const LABELS = ['地方公共団体', '国際交流協会', 'NPO', 'その他', '医療', '労働', '住宅', '教育'];
const options = (q: string, counts: (number | null)[]) =>
  counts.map((count, i) => ({ optionId: `${q}o${i + 1}`, label: LABELS[(q === 'q2' ? 4 : 0) + i], count, suppressed: count === null }));
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

async function report(caller: TestCaller, surveyId: string, prefectureCode: string | null = null) {
  return (await service.ok(caller, SURVEY_DASHBOARD, { surveyId, prefectureCode })).surveyReport;
}
/** Per question: answered, option counts, mean. */
const summary = (view: any) => view.questions.map((q: any) => [q.questionId, q.answeredCount, q.options.map((o: any) => o.count), q.mean]);

describe('SurveyDashboard', () => {
  const survey = exampleSurvey();
  const scales09 = [2, 2, 3, 3, 4, 4];
  const scales13 = [5, 5, 4, 4, 4, 4];
  const responses = [
    ...scales09.map((scale) => survey.response('09', { q1: { optionIds: ['q1o1'] }, q2: { optionIds: ['q2o1', 'q2o2'] }, q3: { scale }, q4: {} })),
    ...scales13.map((scale) => survey.response('13', { q1: { optionIds: ['q1o2'] }, q2: { optionIds: ['q2o1'] }, q3: { scale } })),
  ];

  it('while the survey is open, shows nothing that a further response would change', async () => {
    await service.apply(survey.opened, ...responses);
    expect(await report(analyst, survey.surveyId)).toEqual({
      survey: { id: survey.surveyId },
      prefectureCode: null,
      totalResponses: null,
      releasedAt: null,
      lastEventAt: expect.any(String),
      respondentsByPrefecture: [],
      questions: [
        { questionId: 'q1', prompt: '主な勤務形態', kind: 'SINGLE_CHOICE', answeredCount: null, options: options('q1', [null, null, null, null]), mean: null },
        { questionId: 'q2', prompt: '対応が難しかった分野', kind: 'MULTIPLE_CHOICE', answeredCount: null, options: options('q2', [null, null, null, null]), mean: null },
        { questionId: 'q3', prompt: '連携先の充足度', kind: 'SCALE', answeredCount: null, options: [], mean: null },
        { questionId: 'q4', prompt: '制度上の課題', kind: 'FREE_TEXT', answeredCount: null, options: [], mean: null },
      ],
    });
    // A prefecture, and a local government's own prefectures, show nothing yet.
    expect((await report(analyst, survey.surveyId, '09')).totalResponses).toBeNull();
    expect((await report(tochigi, survey.surveyId)).totalResponses).toBeNull();
  });

  it('does not release while a response it closed with is still on its way', async () => {
    await service.apply(portalEventOf('survey.closed', { surveyId: survey.surveyId, responses: 13 }, new Date().toISOString()));
    expect((await report(analyst, survey.surveyId)).releasedAt).toBeNull();
  });

  it('once closed and counted, reports every figure exactly when no group is small: nationwide and per prefecture', async () => {
    const closed = portalEventOf('survey.closed', { surveyId: survey.surveyId, responses: 12 }, '2026-06-30T00:00:00.000Z');
    await service.apply(closed);
    const nationwide = await report(analyst, survey.surveyId);
    expect(nationwide).toMatchObject({
      totalResponses: 12,
      releasedAt: '2026-06-30T00:00:00.000Z',
      respondentsByPrefecture: [
        { prefectureCode: '09', prefectureName: '栃木県', count: 6, suppressed: false },
        { prefectureCode: '13', prefectureName: '東京都', count: 6, suppressed: false },
      ],
    });
    expect(nationwide.questions).toEqual([
      { questionId: 'q1', prompt: '主な勤務形態', kind: 'SINGLE_CHOICE', answeredCount: 12, options: options('q1', [6, 6, 0, 0]), mean: null },
      { questionId: 'q2', prompt: '対応が難しかった分野', kind: 'MULTIPLE_CHOICE', answeredCount: 12, options: options('q2', [12, 6, 0, 0]), mean: null },
      // (2+2+3+3+4+4 + 5+5+4+4+4+4) / 12
      { questionId: 'q3', prompt: '連携先の充足度', kind: 'SCALE', answeredCount: 12, options: [], mean: 3.67 },
      { questionId: 'q4', prompt: '制度上の課題', kind: 'FREE_TEXT', answeredCount: 6, options: [], mean: null },
    ]);
    // A whole prefecture choosing one option is shown as such (6 of 6): a group of more than k.
    expect(summary(await report(analyst, survey.surveyId, '09'))).toEqual([
      ['q1', 6, [6, 0, 0, 0], null],
      ['q2', 6, [6, 6, 0, 0], null],
      ['q3', 6, [], 3],
      ['q4', 6, [], null],
    ]);
  });

  describe('with small groups', () => {
    // 09: 6 respondents, 13: 7 (4 chose option 1, 3 option 2), 27: 2, one of unknown prefecture.
    const small = exampleSurvey();
    const events = [
      small.opened,
      ...times(6, () => small.response('09', { q1: { optionIds: ['q1o1'] }, q3: { scale: 4 } })),
      ...times(4, () => small.response('13', { q1: { optionIds: ['q1o1'] }, q3: { scale: 2 } })),
      ...times(3, () => small.response('13', { q1: { optionIds: ['q1o2'] }, q3: { scale: 2 } })),
      ...times(2, () => small.response('27', { q1: { optionIds: ['q1o2'] }, q3: { scale: 1 } })),
      small.response(null, { q1: { optionIds: ['q1o1'] }, q3: { scale: 5 } }),
      small.closed(16),
    ];

    it('nationwide: Osaka (2) is withheld, and with the unknown respondent it is only 3 people, so Kanto and within it Tochigi are too', async () => {
      await service.apply(...events);
      const nationwide = await report(analyst, small.surveyId);
      expect(nationwide.totalResponses).toBe(16);
      expect(nationwide.respondentsByPrefecture).toEqual([
        { prefectureCode: '09', prefectureName: '栃木県', count: null, suppressed: true },
        { prefectureCode: '13', prefectureName: '東京都', count: 7, suppressed: false },
        { prefectureCode: '27', prefectureName: '大阪府', count: null, suppressed: true },
      ]);
      // Option 1: 11 of 16, so 5 did not choose it: that complement is a small group, and
      // option 1 is withheld with it; option 2 (5) is small itself.
      expect(summary(nationwide)).toEqual([
        ['q1', 16, [null, null, 0, 0], null],
        ['q2', 0, [0, 0, 0, 0], null],
        // (6 × 4 + 7 × 2 + 2 × 1 + 5) / 16
        ['q3', 16, [], 2.81],
        ['q4', 0, [], null],
      ]);
    });

    it('per prefecture: the same release; within withheld Tochigi even zeros are withheld; Tokyo\'s 4 and 3 are small, the mean of its 7 shown', async () => {
      expect(summary(await report(analyst, small.surveyId, '09'))).toEqual([
        ['q1', null, [null, null, null, null], null],
        ['q2', null, [null, null, null, null], null],
        ['q3', null, [], null],
        ['q4', null, [], null],
      ]);
      const tokyo = await report(analyst, small.surveyId, '13');
      expect(tokyo).toMatchObject({ totalResponses: 7, respondentsByPrefecture: [{ prefectureCode: '13', count: 7, suppressed: false }] });
      expect(summary(tokyo)).toEqual([
        ['q1', 7, [null, null, 0, 0], null],
        ['q2', 0, [0, 0, 0, 0], null],
        ['q3', 7, [], 2],
        ['q4', 0, [], null],
      ]);
      expect((await report(analyst, small.surveyId, '27')).totalResponses).toBeNull();
    });

    it('a local government sees its own prefectures as the release shows them: Tochigi is withheld, for its own government too', async () => {
      const own = await report(tochigi, small.surveyId);
      expect(own.totalResponses).toBeNull();
      expect(own.respondentsByPrefecture).toEqual([{ prefectureCode: '09', prefectureName: '栃木県', count: null, suppressed: true }]);
      expect((await report(tochigi, small.surveyId, '09')).totalResponses).toBeNull();
      expect(errorCodes(await service.run(tochigi, SURVEY_DASHBOARD, { surveyId: small.surveyId, prefectureCode: '13' }))).toEqual(['FORBIDDEN']);
    });

    it('counts each response once, however often its event is delivered', async () => {
      await service.apply(...events);
      expect((await report(analyst, small.surveyId)).totalResponses).toBe(16);
    });
  });

  it('comparing two local governments\' views gives nothing away: each is a part of one release (01+09 and 09)', async () => {
    // The attack: a token for 01 and 09 and a token for 09 alone. With one respondent in 01,
    // per-scope figures used to differ by exactly that respondent and their answer.
    const attacked = exampleSurvey();
    await service.apply(
      attacked.opened,
      attacked.response('01', { q1: { optionIds: ['q1o1'] }, q3: { scale: 2 } }),
      ...times(6, () => attacked.response('09', { q1: { optionIds: ['q1o2'] }, q3: { scale: 3 } })),
      ...times(6, () => attacked.response('13', { q1: { optionIds: ['q1o2'] }, q3: { scale: 4 } })),
      // Kinki's six are what keeps the national total from giving Hokkaido's one away.
      ...times(6, () => attacked.response('27', { q1: { optionIds: ['q1o2'] }, q3: { scale: 4 } })),
      attacked.closed(19),
    );
    const both: TestCaller = { sub: 'idp|lg-01-09', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['01', '09'] };
    const nine: TestCaller = { sub: 'idp|lg-09', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };
    const ofBoth = await report(both, attacked.surveyId);
    const ofNine = await report(nine, attacked.surveyId);
    // 01's one respondent is withheld, so is every total that would include it.
    expect([ofBoth.totalResponses, ofBoth.respondentsByPrefecture]).toEqual([
      null,
      [
        { prefectureCode: '01', prefectureName: '北海道', count: null, suppressed: true },
        { prefectureCode: '09', prefectureName: '栃木県', count: 6, suppressed: false },
      ],
    ]);
    expect(summary(ofBoth).map(([id, answered, , mean]: any[]) => [id, answered, mean])).toEqual([
      ['q1', null, null],
      ['q2', null, null],
      ['q3', null, null],
      ['q4', null, null],
    ]);
    expect([ofNine.totalResponses, summary(ofNine)[2]]).toEqual([6, ['q3', 6, [], 3]]);
    // The nationwide view is a part of the same release: 01 is withheld there too.
    expect((await report(analyst, attacked.surveyId)).respondentsByPrefecture.find((r: any) => r.prefectureCode === '01')).toEqual({
      prefectureCode: '01',
      prefectureName: '北海道',
      count: null,
      suppressed: true,
    });
  });

  it('says how fresh the data is: the time of the latest event applied', async () => {
    const fresh = exampleSurvey();
    await service.apply(fresh.opened, portalEventOf('announcement.published', { announcementId: crypto.randomUUID(), category: 'LAW_CHANGE', importance: 'HIGH', relatedFields: [], targetPrefectureCodes: [], effectiveDate: null }, '2030-01-01T00:00:00.000Z'));
    const res = await service.run(admin, SURVEY_DASHBOARD, { surveyId: fresh.surveyId });
    expect(res.data!.surveyReport.lastEventAt).toBe('2030-01-01T00:00:00.000Z');
    expect(res.data!.surveyReport.releasedAt).toBeNull();
  });

  it('reads what several reports in one request share once: the surveys\' definitions in one statement, the freshness mark once', async () => {
    const [a, b] = [exampleSurvey(), exampleSurvey()];
    await service.apply(a.opened, b.opened);
    const query = `query($a: ID!, $b: ID!) {
      first: surveyReport(surveyId: $a) { totalResponses lastEventAt }
      second: surveyReport(surveyId: $b, prefectureCode: "13") { totalResponses lastEventAt }
    }`;
    const statements = await service.countStatements(() => service.run(analyst, query, { a: a.surveyId, b: b.surveyId }));
    expect(statements.filter((s) => s.includes('"survey_definitions"'))).toHaveLength(1);
    expect(statements.filter((s) => s.includes('"reporting_freshness"'))).toHaveLength(1);
    // Per report: respondents, question and option counters.
    expect(statements).toHaveLength(1 + 1 + 2 * 3);
  });

  it('NOT_FOUND for a survey reporting has not seen opened; BAD_USER_INPUT naming a malformed argument', async () => {
    const unknown = await service.run(analyst, SURVEY_DASHBOARD, { surveyId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.data).toEqual({ surveyReport: null });
    const badId = await service.run(analyst, SURVEY_DASHBOARD, { surveyId: 'survey-1' });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'surveyId' });
    const badPrefecture = await service.run(analyst, SURVEY_DASHBOARD, { surveyId: '00000000-0000-4000-8000-000000000000', prefectureCode: '48' });
    expect(badPrefecture.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefectureCode' });
  });
});
