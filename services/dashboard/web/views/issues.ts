import { FieldIssueDashboardDocument, FieldIssueTrendDocument, type ConsultationField, type FieldIssueCategory } from '@portal/client';
import { isNationwide } from '../auth';
import { renderChart, suppressedMarkers } from '../chart';
import { dataOf, el, newestWins, select, type ViewContext } from '../context';
import { exportButtons } from '../export';
import { CATEGORY_LABELS, categoryLabel, FIELDS, fieldLabel, prefectureLabel } from '../labels';
import { renderTable, type TableModel } from '../table';

const ALL = '';
const NATIONWIDE = 'ALL';

/**
 * 現場の課題: the country month by month (published per month once it is over), and per
 * prefecture by fiscal year (published per year once it is over): a prefecture's months are
 * never published, so a prefecture shows its fiscal years.
 */
export async function issuesView(ctx: ViewContext) {
  const nationwide = isNationwide(ctx.viewer);
  const prefectureOptions: [string, string][] = nationwide
    ? [[NATIONWIDE, '全国'], ...Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')).map((c): [string, string] => [c, prefectureLabel(c)])]
    : ctx.viewer.prefectureCodes.map((c): [string, string] => [c, prefectureLabel(c)]);
  const filter = { prefecture: prefectureOptions[0]?.[0] ?? NATIONWIDE, field: ALL, category: ALL };
  const body = el('div');
  let tables: TableModel[] = [];

  const load = newestWins(body, async () => {
    const { prefecture, field, category } = filter;
    const fields = field ? [field as ConsultationField] : undefined;
    const categories = category ? [category as FieldIssueCategory] : undefined;
    const shownTables: TableModel[] = [];
    let chart: (() => HTMLElement) | undefined;
    if (prefecture === NATIONWIDE) {
      const { fieldIssueTrend } = dataOf(await ctx.client.execute(FieldIssueTrendDocument, { filter: { fields, categories } }));
      const rows = fieldIssueTrend ?? [];
      const months = [...new Set(rows.map((r) => r.month))];
      const series = [...new Set(rows.map((r) => `${r.field}|${r.category}`))];
      const label = (key: string) => key.split('|').map((v, i) => (i ? categoryLabel(v) : fieldLabel(v))).join('・');
      shownTables.push({
        id: 'issues-monthly',
        title: '全国の現場の課題：月別の件数',
        columns: ['月', '分野', '区分', '件数'],
        rows: rows.map((r) => [r.month, fieldLabel(r.field), categoryLabel(r.category), { count: r.count ?? null, suppressed: r.suppressed }]),
      });
      chart = () =>
        renderChart('issues-monthly', '全国の現場の課題の月別件数（分野・区分ごとの積み上げ）', {
          tooltip: { trigger: 'axis' },
          legend: { type: 'scroll', bottom: 0 },
          grid: { left: 48, right: 16, top: 16, bottom: 64 },
          xAxis: { type: 'category', data: months },
          yAxis: { type: 'value', name: '件' },
          series: [
            ...series.map((key) => ({
              name: label(key),
              type: 'bar',
              stack: 'issues',
              data: months.map((m) => rows.find((r) => `${r.field}|${r.category}` === key && r.month === m)?.count ?? null),
            })),
            suppressedMarkers(rows.filter((r) => r.suppressed).map((r) => [r.month, label(`${r.field}|${r.category}`)])),
          ],
        });
    }
    const prefectureCodes = prefecture === NATIONWIDE ? undefined : [prefecture];
    const { fieldIssueSummary } = dataOf(await ctx.client.execute(FieldIssueDashboardDocument, { filter: { prefectureCodes, fields, categories } }));
    shownTables.push({
      id: 'issues-yearly',
      title: '都道府県別の現場の課題：終了した年度の合計件数',
      columns: ['都道府県', '分野', '区分', '件数'],
      rows: (fieldIssueSummary ?? []).map((r) => [prefectureLabel(r.prefectureCode), fieldLabel(r.field), categoryLabel(r.category), { count: r.count ?? null, suppressed: r.suppressed }]),
    });
    return () => {
      tables = shownTables;
      const none = tables.at(-1)!.rows.length === 0 ? [el('p', { textContent: '該当する報告はありません（0件）。' })] : [];
      body.replaceChildren(...(chart ? [chart()] : []), ...none, ...tables.map((t) => renderTable(t, ctx.k)));
    };
  });

  const reload = (key: keyof typeof filter) => (value: string) => {
    filter[key] = value;
    void load();
  };
  ctx.root.replaceChildren(
    el('h2', { textContent: '現場の課題' }),
    el('p', { textContent: '月別の件数は全国のみ、都道府県別は終了した年度ごとに公表しています（少人数の特定を防ぐため）。' }),
    el(
      'div',
      { className: 'toolbar' },
      select('地域', 'prefecture', prefectureOptions, filter.prefecture, reload('prefecture')),
      select('分野', 'field', [[ALL, 'すべて'], ...FIELDS.map((f): [string, string] => [f, fieldLabel(f)])], ALL, reload('field')),
      select('区分', 'category', [[ALL, 'すべて'], ...Object.entries(CATEGORY_LABELS)], ALL, reload('category')),
      exportButtons('現場の課題', () => tables, () => ctx),
    ),
    body,
  );
  await load();
}
