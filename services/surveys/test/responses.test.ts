import { describe, expect, it } from 'vitest';
import { monthInJapan } from '@portal/platform';
import { errorCodes } from '@portal/platform/testing';
import { admin, coordinator, coordinatorEvent, createSurvey, exampleSurvey, SUBMIT, useSurveysService, validAnswers } from './helpers';

const service = useSurveysService();

const MY_RESPONSE = /* GraphQL */ `query($id: ID!) { survey(id: $id) { myResponse { id submittedAt } responseCount } }`;
const storedResponses = (surveyId: string) =>
  service.sql<{ account_id: string; respondent_prefecture_code: string | null }[]>`
    select account_id, respondent_prefecture_code from survey_responses where survey_id = ${surveyId} order by submitted_at, id`;

describe('one response per coordinator', () => {
  it('takes a coordinator’s response once and shows it to them as myResponse', async () => {
    const survey = await createSurvey(service);
    const member = coordinator('idp|once');
    const before = await service.run(member, MY_RESPONSE, { id: survey.id });
    expect(before.data!.survey).toEqual({ myResponse: null, responseCount: null });

    const first = await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    expect(first.errors).toBeUndefined();
    const after = await service.run(member, MY_RESPONSE, { id: survey.id });
    expect(after.data!.survey.myResponse).toEqual(first.data!.submitSurveyResponse);

    const second = await service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0]!.message).toBe(`You have already answered survey ${survey.id}`);

    // Another coordinator has not answered; the admin sees the count.
    expect((await service.run(coordinator('idp|other'), MY_RESPONSE, { id: survey.id })).data!.survey.myResponse).toBeNull();
    expect((await service.run(admin, MY_RESPONSE, { id: survey.id })).data!.survey).toEqual({ myResponse: null, responseCount: 1 });
  });

  it('accepts exactly one of five simultaneous submits by the same coordinator', async () => {
    const survey = await createSurvey(service);
    const member = coordinator('idp|double-click');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => service.run(member, SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) })),
    );
    expect(results.map(errorCodes).sort()).toEqual([[], ['CONFLICT'], ['CONFLICT'], ['CONFLICT'], ['CONFLICT']]);
    expect(await storedResponses(survey.id)).toHaveLength(1);
    const events = await service.sql`select 1 from outbox where type = 'survey.response_submitted' and aggregate_id = ${survey.id}`;
    expect(events).toHaveLength(1);
  });
});

describe('the respondent’s prefecture', () => {
  it('is the primary prefecture the coordinator projection knows, or null when it knows none', async () => {
    const survey = await createSurvey(service);
    await service.applyCoordinatorEvents([coordinatorEvent('idp|tochigi-member', ['09', '13']), coordinatorEvent('idp|osaka-member', ['27'])]);

    for (const sub of ['idp|tochigi-member', 'idp|osaka-member', 'idp|not-projected']) {
      const res = await service.run(coordinator(sub), SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
      expect(res.errors).toBeUndefined();
    }
    expect(await storedResponses(survey.id)).toEqual([
      { account_id: 'idp|tochigi-member', respondent_prefecture_code: '09' },
      { account_id: 'idp|osaka-member', respondent_prefecture_code: '27' },
      { account_id: 'idp|not-projected', respondent_prefecture_code: null },
    ]);
  });

  it('follows a later profile update for later responses; an older snapshot arriving late changes nothing', async () => {
    const first = await createSurvey(service);
    const second = await createSurvey(service);
    const sub = 'idp|moved';
    await service.applyCoordinatorEvents([coordinatorEvent(sub, ['01'], 'coordinator.registered', '2026-04-01T00:00:00.000Z')]);
    await service.run(coordinator(sub), SUBMIT, { surveyId: first.id, answers: validAnswers(first) });
    await service.applyCoordinatorEvents([
      coordinatorEvent(sub, ['40', '01'], 'coordinator.profile_updated', '2026-06-01T00:00:00.000Z'),
      coordinatorEvent(sub, ['02'], 'coordinator.profile_updated', '2026-05-01T00:00:00.000Z'),
    ]);
    await service.run(coordinator(sub), SUBMIT, { surveyId: second.id, answers: validAnswers(second) });
    expect((await storedResponses(first.id)).map((r) => r.respondent_prefecture_code)).toEqual(['01']);
    expect((await storedResponses(second.id)).map((r) => r.respondent_prefecture_code)).toEqual(['40']);
  });
});

describe('the CSV export', () => {
  it('has one row per response, by label, with quoting that survives commas, quotes and line breaks, and no identities', async () => {
    const survey = await createSurvey(service, exampleSurvey({ title: 'CSV' }));
    const q = survey.questions;
    await service.applyCoordinatorEvents([coordinatorEvent('idp|csv-1', ['09']), coordinatorEvent('idp|csv-2', ['47'])]);
    const answers = [
      [
        { questionId: q[0]!.id, optionIds: [q[0]!.options[2]!.id] },
        // Sent in another order than the options': written in the options' order.
        { questionId: q[1]!.id, optionIds: [q[1]!.options[3]!.id, q[1]!.options[0]!.id] },
        { questionId: q[2]!.id, scale: 4 },
        { questionId: q[3]!.id, text: '通訳が足りない, 特に夜間。\n"至急" 対応を' },
        { questionId: q[4]!.id, optionIds: ['13', '09'] },
        { questionId: q[5]!.id, optionIds: ['MEDICAL', 'VIOLENCE_ABUSE'] },
      ],
      [
        { questionId: q[0]!.id, optionIds: [q[0]!.options[0]!.id] },
        { questionId: q[2]!.id, scale: 1 },
        { questionId: q[3]!.id, text: '=HYPERLINK("http://example.com")' },
      ],
      [
        { questionId: q[0]!.id, optionIds: [q[0]!.options[3]!.id] },
        { questionId: q[2]!.id, scale: 5 },
      ],
    ];
    const submitted: string[] = [];
    for (const [i, sub] of ['idp|csv-1', 'idp|csv-2', 'idp|csv-unknown'].entries()) {
      const res = await service.run(coordinator(sub), SUBMIT, { surveyId: survey.id, answers: answers[i] });
      expect(res.errors).toBeUndefined();
      submitted.push(monthInJapan(new Date(res.data!.submitSurveyResponse.submittedAt)));
    }

    const res = await service.run(admin, 'query($id: ID!) { surveyResponsesCsv(surveyId: $id) }', { id: survey.id });
    expect(res.errors).toBeUndefined();
    const csv: string = res.data!.surveyResponsesCsv;
    expect(csv).toBe(
      '\uFEFF' +
        '回答番号,回答月,回答者の地域,Q1 主な勤務形態,Q2 対応が難しかった分野,Q3 連携先の充足度,Q4 制度上の課題,Q5 主に活動している都道府県,Q6 相談の多い分野\r\n' +
        // One respondent in Tochigi, one in Okinawa, one unknown: no area may be named.
        `1,${submitted[0]},—,NPO,医療 / 教育,4,"通訳が足りない, 特に夜間。\n""至急"" 対応を",栃木県 / 東京都,医療 / DV・虐待・犯罪被害\r\n` +
        `2,${submitted[1]},—,地方公共団体,,1,"'=HYPERLINK(""http://example.com"")",,\r\n` +
        `3,${submitted[2]},—,その他,,5,,,\r\n`,
    );
    expect(csv).not.toMatch(/idp\||csv-1|csv-2/);
  });

  it('names a respondent\'s prefecture where the dashboards would show its count, else its region, else neither', async () => {
    // Kanto: Tochigi 6, Tokyo 6, Chiba 1, Kanagawa 1. Chiba and Kanagawa are small; together
    // only 2, so Tochigi is withheld with them. Kanto (14) may be named: the rows naming it
    // add up to 8, Kanto minus Tokyo, which the dashboards give away anyway.
    const survey = await createSurvey(service, { title: '地域', questions: [{ kind: 'SCALE', prompt: '満足度', required: true, scaleMin: 1, scaleMax: 5 }] });
    const respondents = [...Array.from({ length: 6 }, () => '09'), ...Array.from({ length: 6 }, () => '13'), '12', '14'].map((p, i) => ({ sub: `idp|area-${i}`, p }));
    await service.applyCoordinatorEvents(respondents.map(({ sub, p }) => coordinatorEvent(sub, [p])));
    for (const { sub } of respondents) {
      const res = await service.run(coordinator(sub), SUBMIT, { surveyId: survey.id, answers: [{ questionId: survey.questions[0]!.id, scale: 3 }] });
      expect(res.errors).toBeUndefined();
    }
    const csv: string = (await service.run(admin, 'query($id: ID!) { surveyResponsesCsv(surveyId: $id) }', { id: survey.id })).data!.surveyResponsesCsv;
    const areas = csv.split('\r\n').slice(1, -1).map((line) => line.split(',')[2]);
    expect(areas).toEqual([...Array.from({ length: 6 }, () => '関東'), ...Array.from({ length: 6 }, () => '東京都'), '関東', '関東']);
  });

  it('masks personal data a respondent typed into a free-text answer', async () => {
    const survey = await createSurvey(service, { title: '自由記述', questions: [{ kind: 'FREE_TEXT', prompt: 'ご意見', required: true }] });
    const text = '相談者の山田さん（090-1234-5678、yamada@example.jp）から連絡があった';
    expect((await service.run(coordinator('idp|typed'), SUBMIT, { surveyId: survey.id, answers: [{ questionId: survey.questions[0]!.id, text }] })).errors).toBeUndefined();
    const csv: string = (await service.run(admin, 'query($id: ID!) { surveyResponsesCsv(surveyId: $id) }', { id: survey.id })).data!.surveyResponsesCsv;
    expect(csv.split('\r\n')[1]!.split(',').slice(3).join(',')).toBe('相談者の山田さん［電話番号］、［メールアドレス］）から連絡があった');
    expect(csv).not.toMatch(/1234-5678|yamada/);
  });

  it('of a survey without responses is the header alone', async () => {
    const survey = await createSurvey(service, { title: '空', questions: [{ kind: 'FREE_TEXT', prompt: 'ご意見' }] });
    const res = await service.run(admin, 'query($id: ID!) { surveyResponsesCsv(surveyId: $id) }', { id: survey.id });
    expect(res.data!.surveyResponsesCsv).toBe('\uFEFF回答番号,回答月,回答者の地域,Q1 ご意見\r\n');
  });

  it('answers NOT_FOUND for a survey that does not exist', async () => {
    const res = await service.run(admin, 'query($id: ID!) { surveyResponsesCsv(surveyId: $id) }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});
