import { ReportedSurveysDocument, SurveyDashboardDocument, type SurveyDashboardQuery } from '@portal/client';
import { isNationwide } from '../auth';
import { renderChart, suppressedMarkers } from '../chart';
import { dataOf, el, newestWins, select, type ViewContext } from '../context';
import { exportButtons } from '../export';
import { prefectureLabel } from '../labels';
import { renderTable, type TableModel } from '../table';

type Report = NonNullable<SurveyDashboardQuery['surveyReport']>;
const ALL = '';

const questionTable = (q: Report['questions'][number], i: number): TableModel => ({
  id: `survey-q${i + 1}`,
  title: `問${i + 1}　${q.prompt}`,
  columns: ['項目', '人数'],
  rows: [
    ['回答者数', { count: q.answeredCount ?? null, suppressed: q.answeredCount == null }],
    ...q.options.map((o) => [o.label, { count: o.count ?? null, suppressed: o.suppressed }]),
    ...(q.kind === 'SCALE' ? [['平均', q.mean ?? { count: null, suppressed: true }]] : []),
  ] as TableModel['rows'],
});

const respondentsTable = (report: Report): TableModel => ({
  id: 'survey-respondents',
  title: '都道府県別の回答者数',
  columns: ['都道府県', '回答者数'],
  rows: [['合計', { count: report.totalResponses ?? null, suppressed: report.totalResponses == null }], ...report.respondentsByPrefecture.map((r) => [r.prefectureName, { count: r.count ?? null, suppressed: r.suppressed }])] as TableModel['rows'],
});

/** アンケート結果: per question the option counts (bars), scale means, and respondents per prefecture. */
export async function surveysView(ctx: ViewContext) {
  const { reportedSurveys } = dataOf(await ctx.client.execute(ReportedSurveysDocument));
  const surveys = reportedSurveys ?? [];
  const state = { surveyId: surveys.find((s) => s.releasedAt)?.id ?? surveys[0]?.id ?? '', prefecture: ALL };
  const body = el('div');
  let tables: TableModel[] = [];

  const load = newestWins(body, async () => {
    const { surveyId, prefecture } = state;
    if (!surveyId) return () => body.replaceChildren(el('p', { textContent: '集計できるアンケートはまだありません。' }));
    const { surveyReport: report } = dataOf(await ctx.client.execute(SurveyDashboardDocument, { surveyId, prefectureCode: prefecture || null }));
    if (!report) return () => undefined;
    if (!report.releasedAt) {
      return () => {
        tables = [];
        body.replaceChildren(el('p', { textContent: '回答受付中です。結果は締め切り後、すべての回答の集計が済んでから公表されます。' }));
      };
    }
    return () => {
      tables = [respondentsTable(report), ...report.questions.filter((q) => q.kind !== 'FREE_TEXT').map(questionTable)];
      const charts = report.questions.flatMap((q, i) =>
        q.options.length === 0
          ? []
          : [
              renderChart(
                `survey-q${i + 1}`,
                `問${i + 1}の選択肢ごとの人数`,
                {
                  grid: { left: 160, right: 24, top: 8, bottom: 24 },
                  xAxis: { type: 'value' },
                  yAxis: { type: 'category', data: q.options.map((o) => o.label), inverse: true },
                  series: [{ type: 'bar', data: q.options.map((o) => o.count ?? null), label: { show: true, position: 'right' } }, { ...suppressedMarkers(q.options.filter((o) => o.suppressed).map((o) => [o.label, ''])), data: q.options.filter((o) => o.suppressed).map((o) => [0, o.label]), label: { show: true, formatter: '秘匿', position: 'right', color: '#5a2d82' } }],
                },
                Math.max(140, q.options.length * 28 + 40),
              ),
            ],
      );
      body.replaceChildren(el('h3', { textContent: report.survey?.title ?? 'アンケート' }), el('div', { className: 'panel' }, el('div', {}, ...charts), el('div', {}, ...tables.map((t) => renderTable(t, ctx.k)))));
    };
  });

  const prefectures = isNationwide(ctx.viewer) ? Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')) : ctx.viewer.prefectureCodes;
  const reload = (key: keyof typeof state) => (value: string) => {
    state[key] = value;
    void load();
  };
  ctx.root.replaceChildren(
    el('h2', { textContent: 'アンケート結果' }),
    el(
      'div',
      { className: 'toolbar' },
      select('アンケート', 'survey', surveys.map((s) => [s.id, `${s.survey?.title ?? s.id}${s.releasedAt ? '' : '（受付中）'}`]), state.surveyId, reload('surveyId')),
      select('地域', 'prefecture', [[ALL, isNationwide(ctx.viewer) ? '全国' : '担当地域の合計'], ...prefectures.map((c): [string, string] => [c, prefectureLabel(c)])], ALL, reload('prefecture')),
      exportButtons('アンケート結果', () => tables, () => ctx),
    ),
    body,
  );
  await load();
}
