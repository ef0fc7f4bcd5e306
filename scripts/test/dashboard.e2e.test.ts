import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityReportSummaryDocument, CloseSurveyDocument, CoverageMatrixDocument, createPortalClient, CreateSurveyDocument, FieldIssueTrendDocument, OpenSurveyDocument, SurveyDashboardDocument } from '@portal/client';
import { quarterEnd, quarterLabel, quarterOf, shiftQuarter, todayInJapan } from '@portal/platform';
import type { EventData } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import { freePort } from '@portal/platform/testing/ports';
import { areaLabel, fieldLabel, languageLabel, REFERRAL_LABELS } from '../../services/dashboard/web/labels';
import { coordinatorRegistered, fieldIssueReported, partnerSnapshot, portalEventOf } from '../../services/reporting/test/helpers';
import { dashboardSettings } from '../lib/dashboard';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { ARTIFACTS, startDashboardInBrowser } from './browser';
import { useOwnStack } from './stack-fixture';

// The dashboard in a real browser (Debian's Chromium driven by playwright-core): sign in
// through the local OpenID provider as each role, open every view, read the figures on
// screen against the gateway's answers for the same token, and download every export.

const ports = { gateway: 0, dashboard: await freePort(), oidc: await freePort() };
// The gateway needs the dashboard's origin and the provider's issuer: a portal of its own.
const portal = useOwnStack({ env: dashboardSettings(ports).gatewayEnv });
const LAST_YEAR = `${new Date().getFullYear() - 1}-10-15T03:00:00.000Z`;
const twoMonthsAgo = () => {
  const d = new Date();
  d.setUTCDate(10);
  d.setUTCMonth(d.getUTCMonth() - 2);
  return d.toISOString();
};

// Two quarters back: final and published whatever today's date (the view offers it second).
const ACTIVITY_QUARTER = shiftQuarter(quarterOf(todayInJapan()), -2);

let browser: Browser;
let settings: ReturnType<typeof dashboardSettings>;
let stopDashboard: () => Promise<void>;
let surveyId: string;
const timings: Record<string, number> = {};

beforeAll(async () => {
  settings = dashboardSettings({ ...ports, gateway: Number(new URL(portal.gatewayUrl()).port) });
  ({ browser, stop: stopDashboard } = await startDashboardInBrowser(settings, seed));
}, 240_000);

afterAll(async () => {
  await stopDashboard?.();
  if (Object.keys(timings).length) console.log(`[dashboard] sign-in to first chart, ms: ${JSON.stringify(timings)}`);
});

/**
 * Tochigi (09): 7 coordinators in MEDICAL, an approved MEDICAL partner, 6 reporters of a
 * partner shortage last fiscal year, 7 respondents. Tokyo (13): 2 coordinators in MEDICAL,
 * 2 reporters of a legal issue two months ago, 2 respondents — each of those figures is
 * protected (and, where a remainder would give one away, another beside it). Gunma (10):
 * 7 respondents. Activity reports of ACTIVITY_QUARTER: 7 filers in Tochigi, 7 in Gunma, 2 in
 * Tokyo (protected, and Tochigi beside it where a remainder of Kanto would give Tokyo away);
 * employment only in Tochigi.
 */
async function seed() {
  const survey = (await portal.send(admin, CreateSurveyDocument, contractExamples().CreateSurvey)).data.createSurvey;
  surveyId = survey.id;
  await portal.send(admin, OpenSurveyDocument, { id: surveyId });
  const [q1, , q3] = survey.questions;
  const response = (prefecture: string, i: number) =>
    portalEventOf('survey.response_submitted', {
      surveyId,
      responseId: randomUUID(),
      respondentPrefectureCode: prefecture,
      answers: [
        { questionId: q1.id, optionIds: [q1.options[i % 2].id], scale: null },
        { questionId: q3.id, optionIds: [], scale: 3 + (i % 3) },
      ],
    });
  await portal.publish(
    portalEventOf('partner.approved', partnerSnapshot({ fields: ['MEDICAL', 'LEGAL'], prefectureCodes: ['09'] })),
    ...Array.from({ length: 7 }, (_, i) => coordinatorRegistered(`idp|t-${i}`, { fields: ['MEDICAL'] })),
    ...Array.from({ length: 2 }, (_, i) => coordinatorRegistered(`idp|k-${i}`, { prefectureCodes: ['13'], primaryPrefectureCode: '13', fields: ['MEDICAL'] })),
    ...Array.from({ length: 6 }, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', LAST_YEAR)),
    ...Array.from({ length: 7 }, () => fieldIssueReported('09', ['HOUSING'], 'LANGUAGE_ACCESS', twoMonthsAgo())),
    ...Array.from({ length: 2 }, () => fieldIssueReported('13', ['LEGAL'], 'LANGUAGE_ACCESS', twoMonthsAgo())),
    ...Array.from({ length: 7 }, (_, i) => response('09', i)),
    ...Array.from({ length: 7 }, (_, i) => response('10', i)),
    ...Array.from({ length: 2 }, (_, i) => response('13', i)),
    ...Array.from({ length: 7 }, () => activityFiled('09', { consultations: [{ field: 'MEDICAL', count: 1 }, { field: 'EMPLOYMENT', count: 2 }], languages: [{ language: 'vi', count: 1 }], referralsToPartners: 1, referralsToCoordinators: 0 })),
    ...Array.from({ length: 7 }, () => activityFiled('10', { consultations: [{ field: 'MEDICAL', count: 2 }], languages: [{ language: 'pt', count: 2 }], referralsToPartners: 0, referralsToCoordinators: 1 })),
    ...Array.from({ length: 2 }, () => activityFiled('13', { consultations: [{ field: 'MEDICAL', count: 3 }], languages: [{ language: 'vi', count: 3 }], referralsToPartners: 1, referralsToCoordinators: 0 })),
  );
  await portal.send(admin, CloseSurveyDocument, { id: surveyId });
  await eventually(
    async () =>
      (await portal.send(admin, ActivityReportSummaryDocument, { quarter: ACTIVITY_QUARTER })).data?.activityReportSummary?.consultations?.find(
        (f: { area: string; key: string }) => f.area === 'NATIONAL' && f.key === 'MEDICAL',
      )?.count === 27,
    'every activity report counted',
    60_000,
  );
  await eventually(
    async () => (await portal.send(admin, SurveyDashboardDocument, { surveyId, prefectureCode: null })).data?.surveyReport?.totalResponses === 16,
    'the survey released with every response',
    60_000,
  );
}

/** A report of ACTIVITY_QUARTER as the coordinators relay published it, on the quarter's last day. */
const activityFiled = (prefectureCode: string, counts: Pick<EventData<'activity_report.filed'>, 'consultations' | 'languages' | 'referralsToPartners' | 'referralsToCoordinators'>) =>
  portalEventOf(
    'activity_report.filed',
    { reportId: randomUUID(), contributorId: randomUUID(), quarter: ACTIVITY_QUARTER, prefectureCodes: [prefectureCode], ...counts },
    `${quarterEnd(ACTIVITY_QUARTER)}T03:00:00.000Z`,
  );

/** Signs in through the OpenID provider's form; resolves with the page once the first view is drawn, and the access token. */
async function signIn(login: string): Promise<{ page: Page; token: string }> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(settings.dashboardUrl);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('demo');
  const started = Date.now();
  await page.locator('button[type=submit]').click();
  await page.waitForURL(`${settings.dashboardUrl}/**`);
  await page.locator('[data-chart-ready], .noaccess').first().waitFor({ timeout: 30_000 });
  timings[login] = Date.now() - started;
  // The browser's own storage, read in the page (oidc-client-ts keeps the user there).
  const token = await page.evaluate(() => {
    const store = (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null; [k: string]: unknown } }).sessionStorage;
    const key = Object.keys(store).find((k) => k.startsWith('oidc.user:'));
    return key ? (JSON.parse(store.getItem(key)!) as { access_token: string }).access_token : '';
  });
  return { page, token };
}

const apiAs = (token: string) => createPortalClient({ url: portal.gatewayUrl(), token });

/** A table on screen by its data-table name: rows of cell texts. */
const tableOf = (page: Page, id: string) =>
  page.locator(`table[data-table="${id}"] tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));

const shown = (figure: { count?: number | null; suppressed?: boolean } | number | null | undefined, suppressed?: boolean) =>
  typeof figure === 'number' || figure === null || figure === undefined ? (suppressed || figure == null ? '秘匿' : String(figure)) : figure.suppressed ? '秘匿' : String(figure.count);

/**
 * Opens 活動状況 and chooses ACTIVITY_QUARTER while the answer for the quarter the view opens
 * with is held back until the chosen one is on screen: the late answer must not replace it.
 * Then checks every table on screen against the API's release for the page's own token, and
 * the exports against the screen; returns the rows.
 */
async function activityOnScreen(page: Page, token: string) {
  const opening = shiftQuarter(quarterOf(todayInJapan()), -1);
  const isOpening = (body: string | null) => body?.includes(`"quarter":"${opening}"`) ?? false;
  let chosenOnScreen!: () => void;
  const held = new Promise<void>((resolve) => (chosenOnScreen = resolve));
  await page.route(settings.gatewayUrl, async (route) => {
    if (isOpening(route.request().postData())) await held;
    await route.fallback();
  });
  const lateAnswer = page.waitForResponse((response) => response.url() === settings.gatewayUrl && isOpening(response.request().postData()));
  await page.getByRole('link', { name: '活動状況' }).click();
  await page.locator('select[name=quarter]').selectOption(ACTIVITY_QUARTER);
  await page.locator('table[data-table="activity-fields"] caption', { hasText: quarterLabel(ACTIVITY_QUARTER) }).waitFor();
  chosenOnScreen();
  await (await lateAnswer).finished();
  // The view's opening load is done once the view is no longer busy.
  await page.locator('#view > div:not([aria-busy])').waitFor();
  await page.unroute(settings.gatewayUrl);
  await page.locator('[data-chart="activity-fields"][data-chart-ready]').waitFor();
  const summary = (await apiAs(token).execute(ActivityReportSummaryDocument, { quarter: ACTIVITY_QUARTER })).data!.activityReportSummary!;
  expect(summary.released).toBe(true);
  const expected = (figures: typeof summary.consultations, label: (key: string) => string) => figures.map((f) => [areaLabel(f.area, f.areaName), label(f.key), shown(f)]);
  const screen = {
    fields: await tableOf(page, 'activity-fields'),
    languages: await tableOf(page, 'activity-languages'),
    referrals: await tableOf(page, 'activity-referrals'),
  };
  expect(screen.fields).toEqual(expected(summary.consultations, fieldLabel));
  expect(screen.languages).toEqual(expected(summary.languages, languageLabel));
  expect(screen.referrals).toEqual(expected(summary.referrals, (key) => REFERRAL_LABELS[key]!));
  const exported = await downloads(page, '活動状況');
  for (const row of [...screen.fields, ...screen.languages, ...screen.referrals]) {
    expect(exported.rows).toContainEqual(row);
    expect(exported.csvText).toContain(`\r\n${row.join(',')}\r\n`);
  }
  return screen;
}

async function downloads(page: Page, name: string) {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export=csv]').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export=xlsx]').click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
  expect(csv.suggestedFilename()).toBe(`${name}.csv`);
  expect(xlsx.suggestedFilename()).toBe(`${name}.xlsx`);
  return { csvText, rows };
}

describe('the dashboard in Chromium', { timeout: 120_000 }, () => {
  it('a ministry analyst sees the coverage, the issues, the survey and the activity reports as the API gives them for the same token, and exports each view', async () => {
    const { page, token } = await signIn('analyst');
    const api = apiAs(token);

    // 連携先の不足状況
    const matrix = (await api.execute(CoverageMatrixDocument)).data!.partnerCoverageMatrix!.prefectures;
    expect(matrix).toHaveLength(47);
    const medical = await tableOf(page, 'coverage-field');
    expect(medical).toHaveLength(47);
    for (const [i, p] of matrix.entries()) {
      const row = p.fields.find((f) => f.field === 'MEDICAL')!;
      expect(medical[i]!.slice(0, 4)).toEqual([p.prefectureName, String(row.partnerCount), shown(row.coordinatorCount, row.coordinatorCountSuppressed), shown(row.shortageReports, row.shortageReportsSuppressed)]);
    }
    expect(medical[8]!.slice(0, 4)).toEqual(['栃木県', '1', '7', '6']);
    expect(medical[12]!.slice(0, 4)).toEqual(['東京都', '0', '秘匿', '0']);
    await expect(page.locator('table[data-table="coverage-field"] .suppressed').first().getAttribute('title')).resolves.toContain('6人未満');
    await page.locator('button[data-prefecture="09"]').click();
    expect((await tableOf(page, 'coverage-detail')).find((r) => r[0] === '医療')).toEqual(['医療', '1', '7', '6', '不足の報告あり']);
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-coverage.png'), fullPage: true });
    const coverageExport = await downloads(page, '連携先の不足状況');
    expect(coverageExport.csvText.startsWith('\uFEFFデータ時点（日本時間）,')).toBe(true);
    expect(coverageExport.csvText).toContain('保護規則,');
    expect(coverageExport.csvText).toContain('\r\n東京都,0,秘匿,0,連携先なし\r\n');
    expect(coverageExport.rows[1]![0]).toBe('保護規則');
    expect(coverageExport.rows).toContainEqual(['栃木県', '1', '7', '6', '不足の報告あり']);
    expect(coverageExport.rows).toContainEqual(['東京都', '0', '秘匿', '0', '連携先なし']);

    // 現場の課題
    await page.getByRole('link', { name: '現場の課題' }).click();
    await page.locator('[data-chart="issues-monthly"][data-chart-ready]').waitFor();
    const trend = (await api.execute(FieldIssueTrendDocument, {})).data!.fieldIssueTrend!;
    const monthly = await tableOf(page, 'issues-monthly');
    expect(monthly.map((r) => [r[0], r[3]])).toEqual(trend.map((t) => [t.month, shown(t)]));
    const month = twoMonthsAgo().slice(0, 7);
    expect(monthly).toContainEqual([month, '住宅', '言語対応', '7']);
    expect(monthly).toContainEqual([month, '法律・トラブル', '言語対応', '秘匿']);
    expect(await tableOf(page, 'issues-yearly')).toContainEqual(['栃木県', '医療', '連携先の不足', '6']);
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-issues.png'), fullPage: true });
    const issuesExport = await downloads(page, '現場の課題');
    expect(issuesExport.rows).toContainEqual([month, '法律・トラブル', '言語対応', '秘匿']);

    // アンケート結果
    await page.getByRole('link', { name: 'アンケート結果' }).click();
    await page.locator('[data-chart="survey-q1"][data-chart-ready]').waitFor();
    const report = (await api.execute(SurveyDashboardDocument, { surveyId, prefectureCode: null })).data!.surveyReport!;
    const respondents = await tableOf(page, 'survey-respondents');
    expect(respondents).toEqual([['合計', shown(report.totalResponses)], ...report.respondentsByPrefecture.map((r) => [r.prefectureName, shown(r)])]);
    expect(respondents[0]).toEqual(['合計', '16']);
    expect(respondents).toContainEqual(['東京都', '秘匿']);
    const q1 = await tableOf(page, 'survey-q1');
    expect(q1).toEqual([['回答者数', shown(report.questions[0]!.answeredCount)], ...report.questions[0]!.options.map((o) => [o.label, shown(o)])]);
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-surveys.png'), fullPage: true });
    const surveyExport = await downloads(page, 'アンケート結果');
    expect(surveyExport.rows).toContainEqual(['東京都', '秘匿']);

    // 活動状況
    const activity = await activityOnScreen(page, token);
    expect(activity.fields).toContainEqual(['全国', '医療', '27']);
    expect(activity.fields).toContainEqual(['関東（地方）', '医療', '27']);
    expect(activity.fields).toContainEqual(['東京都', '医療', '秘匿']);
    expect(activity.fields).toContainEqual(['栃木県', '医療', '秘匿']);
    expect(activity.fields).toContainEqual(['栃木県', '雇用・労働', '14']);
    expect(activity.languages).toContainEqual(['全国', 'ベトナム語', '13']);
    expect(activity.referrals).toContainEqual(['全国', '他のコーディネーターへのつなぎ', '7']);
    await page.screenshot({ path: join(ARTIFACTS, 'analyst-activity.png'), fullPage: true });
    await page.context().close();
  });

  it('a local government sees its own prefecture only, and the gateway refuses it another', async () => {
    const { page, token } = await signIn('tochigi');
    expect(await tableOf(page, 'coverage-field')).toEqual([['栃木県', '1', '7', '6', '不足の報告あり']]);
    expect(await page.locator('button[data-prefecture]').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-prefecture')))).toEqual(['09']);
    const other = await apiAs(token).execute(CoverageMatrixDocument, { prefectureCodes: ['13'] });
    expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    await page.screenshot({ path: join(ARTIFACTS, 'local-government-coverage.png'), fullPage: true });

    await page.getByRole('link', { name: '現場の課題' }).click();
    await page.locator('table[data-table="issues-yearly"]').waitFor();
    expect(await page.locator('select[name=prefecture] option').allTextContents()).toEqual(['栃木県']);
    expect(await page.locator('table[data-table="issues-monthly"]').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'local-government-issues.png'), fullPage: true });

    await page.getByRole('link', { name: 'アンケート結果' }).click();
    await page.locator('table[data-table="survey-respondents"]').waitFor();
    const own = (await apiAs(token).execute(SurveyDashboardDocument, { surveyId, prefectureCode: null })).data!.surveyReport!;
    expect(await tableOf(page, 'survey-respondents')).toEqual([['合計', shown(own.totalResponses)], ...own.respondentsByPrefecture.map((r) => [r.prefectureName, shown(r)])]);
    expect(own.respondentsByPrefecture.map((r) => r.prefectureCode)).toEqual(['09']);
    await page.screenshot({ path: join(ARTIFACTS, 'local-government-surveys.png'), fullPage: true });

    const activity = await activityOnScreen(page, token);
    expect(new Set([...activity.fields, ...activity.languages, ...activity.referrals].map((row) => row[0]))).toEqual(new Set(['栃木県']));
    expect(activity.fields).toEqual([
      ['栃木県', '雇用・労働', '14'],
      ['栃木県', '医療', '秘匿'],
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'local-government-activity.png'), fullPage: true });
    await page.context().close();
  });

  it('a coordinator gets a clear "no access" page, and the gateway refuses the figures', async () => {
    const { page, token } = await signIn('demo|c-0001');
    await expect(page.getByRole('heading', { name: 'このダッシュボードを利用する権限がありません' }).isVisible()).resolves.toBe(true);
    expect((await apiAs(token).execute(CoverageMatrixDocument)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    await page.screenshot({ path: join(ARTIFACTS, 'coordinator-no-access.png'), fullPage: true });
    await page.context().close();
  });
});
