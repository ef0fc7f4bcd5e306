import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, analyst, exampleSurvey, portalEventOf, SURVEY_DASHBOARD, tochigi, useReportingService } from './helpers';

const service = useReportingService();

const options = (q: string, counts: (number | null)[]) =>
  counts.map((count, i) => ({ optionId: `${q}o${i + 1}`, label: ['地方公共団体', '国際交流協会', 'NPO', 'その他', '医療', '労働', '住宅', '教育'][(q === 'q2' ? 4 : 0) + i], count, suppressed: count === null }));

describe('SurveyDashboard', () => {
  it('reports every count exactly when none is small: nationwide and per prefecture', async () => {
    const survey = exampleSurvey();
    const scales09 = [2, 2, 3, 3, 4];
    const scales13 = [5, 5, 4, 4, 4];
    await service.apply(
      survey.opened,
      ...scales09.map((scale) => survey.response('09', { q1: { optionIds: ['q1o1'] }, q2: { optionIds: ['q2o1', 'q2o2'] }, q3: { scale }, q4: {} })),
      ...scales13.map((scale) => survey.response('13', { q1: { optionIds: ['q1o2'] }, q2: { optionIds: ['q2o1'] }, q3: { scale } })),
    );
    const res = await service.run(analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId, prefectureCode: null });
    expect(res.errors).toBeUndefined();
    expect(res.data!.surveyReport).toEqual({
      survey: { id: survey.surveyId },
      prefectureCode: null,
      totalResponses: 10,
      lastEventAt: expect.any(String),
      respondentsByPrefecture: [
        { prefectureCode: '09', prefectureName: '栃木県', count: 5, suppressed: false },
        { prefectureCode: '13', prefectureName: '東京都', count: 5, suppressed: false },
      ],
      questions: [
        { questionId: 'q1', prompt: '主な勤務形態', kind: 'SINGLE_CHOICE', answeredCount: 10, options: options('q1', [5, 5, 0, 0]), mean: null },
        { questionId: 'q2', prompt: '対応が難しかった分野', kind: 'MULTIPLE_CHOICE', answeredCount: 10, options: options('q2', [10, 5, 0, 0]), mean: null },
        { questionId: 'q3', prompt: '連携先の充足度', kind: 'SCALE', answeredCount: 10, options: [], mean: 3.6 },
        { questionId: 'q4', prompt: '制度上の課題', kind: 'FREE_TEXT', answeredCount: 5, options: [], mean: null },
      ],
    });

    const tochigiReport = await service.run(analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId, prefectureCode: '09' });
    expect(tochigiReport.data!.surveyReport).toMatchObject({
      prefectureCode: '09',
      totalResponses: 5,
      respondentsByPrefecture: [{ prefectureCode: '09', count: 5, suppressed: false }],
      questions: [
        { questionId: 'q1', answeredCount: 5, options: options('q1', [5, 0, 0, 0]) },
        { questionId: 'q2', answeredCount: 5, options: options('q2', [5, 5, 0, 0]) },
        { questionId: 'q3', answeredCount: 5, mean: 2.8 },
        { questionId: 'q4', answeredCount: 5 },
      ],
    });
  });

  describe('with small cells', () => {
    // 09: 6 respondents, 13: 7, 27: 2, one of unknown prefecture; all answer q1 and q3 only.
    const survey = exampleSurvey();
    const events = [
      survey.opened,
      ...Array.from({ length: 6 }, () => survey.response('09', { q1: { optionIds: ['q1o1'] }, q3: { scale: 4 } })),
      ...Array.from({ length: 4 }, () => survey.response('13', { q1: { optionIds: ['q1o1'] }, q3: { scale: 2 } })),
      ...Array.from({ length: 3 }, () => survey.response('13', { q1: { optionIds: ['q1o2'] }, q3: { scale: 2 } })),
      ...Array.from({ length: 2 }, () => survey.response('27', { q1: { optionIds: ['q1o2'] }, q3: { scale: 1 } })),
      survey.response(null, { q1: { optionIds: ['q1o1'] }, q3: { scale: 5 } }),
    ];
    const report = async (caller = analyst, prefectureCode: string | null = null) => {
      const res = await service.run(caller, SURVEY_DASHBOARD, { surveyId: survey.surveyId, prefectureCode });
      expect(res.errors).toBeUndefined();
      return res.data!.surveyReport;
    };

    it('nationwide: withholds Osaka (2) and, since Osaka and the unknown respondent add up to only 3, Tochigi too', async () => {
      await service.apply(...events);
      const nationwide = await report();
      expect(nationwide.totalResponses).toBe(16);
      expect(nationwide.respondentsByPrefecture).toEqual([
        { prefectureCode: '09', prefectureName: '栃木県', count: null, suppressed: true },
        { prefectureCode: '13', prefectureName: '東京都', count: 7, suppressed: false },
        { prefectureCode: '27', prefectureName: '大阪府', count: null, suppressed: true },
      ]);
      expect(nationwide.questions.map((q: any) => [q.questionId, q.answeredCount, q.options.map((o: any) => o.count), q.mean])).toEqual([
        ['q1', 16, [11, 5, 0, 0], null],
        ['q2', 0, [0, 0, 0, 0], null],
        // (6 × 4 + 7 × 2 + 2 × 1 + 5) / 16
        ['q3', 16, [], 2.81],
        ['q4', 0, [], null],
      ]);
    });

    it('per prefecture: the same cells withheld, and what would give them away (Tochigi answered 6 of option 1, so the option too)', async () => {
      expect((await report(analyst, '09')).questions.slice(0, 3).map((q: any) => [q.answeredCount, q.options.map((o: any) => o.count), q.mean])).toEqual([
        [null, [null, 0, 0, 0], null],
        [0, [0, 0, 0, 0], null],
        [null, [], null],
      ]);
      const tokyo = await report(analyst, '13');
      expect(tokyo).toMatchObject({ totalResponses: 7, respondentsByPrefecture: [{ prefectureCode: '13', count: 7, suppressed: false }] });
      // 4 and 3 are small, and protect each other: 7 = 4 + 3 has 3 solutions in whole numbers from 1.
      expect(tokyo.questions.map((q: any) => [q.answeredCount, q.options.map((o: any) => o.suppressed), q.mean])).toEqual([
        [7, [true, true, false, false], null],
        [0, [false, false, false, false], null],
        [7, [], 2],
        [0, [], null],
      ]);
      expect((await report(analyst, '27')).totalResponses).toBeNull();
    });

    it('a local government sees its prefectures only: for Tochigi, all six of its respondents', async () => {
      const own = await report(tochigi);
      expect(own.totalResponses).toBe(6);
      expect(own.respondentsByPrefecture).toEqual([{ prefectureCode: '09', prefectureName: '栃木県', count: 6, suppressed: false }]);
      expect(own.questions.map((q: any) => [q.answeredCount, q.options.map((o: any) => o.count), q.mean])).toEqual([
        [6, [6, 0, 0, 0], null],
        [0, [0, 0, 0, 0], null],
        [6, [], 4],
        [0, [], null],
      ]);
      expect((await report(tochigi, '09')).totalResponses).toBe(6);
      const other = await service.run(tochigi, SURVEY_DASHBOARD, { surveyId: survey.surveyId, prefectureCode: '13' });
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    });

    it('counts each response once, however often its event is delivered', async () => {
      await service.apply(...events);
      expect((await report()).totalResponses).toBe(16);
    });
  });

  it('says how fresh the data is: the time of the latest event applied', async () => {
    const survey = exampleSurvey();
    await service.apply(survey.opened, portalEventOf('announcement.published', { announcementId: crypto.randomUUID(), category: 'LAW_CHANGE', importance: 'HIGH', relatedFields: [], targetPrefectureCodes: [], effectiveDate: null }, '2030-01-01T00:00:00.000Z'));
    const res = await service.run(admin, SURVEY_DASHBOARD, { surveyId: survey.surveyId });
    expect(res.data!.surveyReport.lastEventAt).toBe('2030-01-01T00:00:00.000Z');
    expect(res.data!.surveyReport.totalResponses).toBe(0);
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
