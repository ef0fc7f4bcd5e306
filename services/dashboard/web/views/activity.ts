import { ActivityReportSummaryDocument } from '@portal/client';
import { todayInJapan } from '@portal/platform/calendar';
import { quarterLabel, quarterOf, shiftQuarter } from '@portal/platform/quarters';
import { renderChart, suppressedMarkers } from '../chart';
import { dataOf, el, newestWins, select, type ViewContext } from '../context';
import { exportButtons } from '../export';
import { areaLabel, fieldLabel, languageLabel, REFERRAL_LABELS } from '../labels';
import { renderTable, type TableModel } from '../table';

/**
 * 活動状況: the members' quarterly activity reports of a final quarter, by area and field, by
 * language and referrals. Recent quarters only: the current one is never published.
 */
export async function activityView(ctx: ViewContext) {
  const quarters = Array.from({ length: 6 }, (_, i) => shiftQuarter(quarterOf(todayInJapan()), -(i + 1)));
  const filter = { quarter: quarters[0]! };
  const body = el('div');
  let tables: TableModel[] = [];

  const load = newestWins(body, async () => {
    const { quarter } = filter;
    const { activityReportSummary: summary } = dataOf(await ctx.client.execute(ActivityReportSummaryDocument, { quarter }));
    if (!summary?.released) {
      return () => {
        tables = [];
        body.replaceChildren(el('p', { textContent: `${quarterLabel(quarter)}は${summary?.releasedFrom ?? ''}から公表します（提出期限の1週間後）。` }));
      };
    }
    const figure = (f: { count?: number | null; suppressed: boolean }) => ({ count: f.count ?? null, suppressed: f.suppressed });
    const shownTables: TableModel[] = [
      { id: 'activity-fields', title: `${quarterLabel(quarter)}：地域・分野別の相談件数`, columns: ['地域', '分野', '件数'], rows: summary.consultations.map((f) => [areaLabel(f.area, f.areaName), fieldLabel(f.key), figure(f)]) },
      { id: 'activity-languages', title: `${quarterLabel(quarter)}：地域・使用言語別の相談件数`, columns: ['地域', '言語', '件数'], rows: summary.languages.map((f) => [areaLabel(f.area, f.areaName), languageLabel(f.key), figure(f)]) },
      { id: 'activity-referrals', title: `${quarterLabel(quarter)}：地域別のつなぎ件数`, columns: ['地域', 'つなぎ先', '件数'], rows: summary.referrals.map((f) => [areaLabel(f.area, f.areaName), REFERRAL_LABELS[f.key] ?? f.key, figure(f)]) },
    ];
    // The chart: the widest area the caller sees (the country, or a local government's first prefecture).
    const widest = summary.consultations[0]?.area;
    const shown = summary.consultations.filter((f) => f.area === widest);
    return () => {
      tables = shownTables;
      const chart = renderChart('activity-fields', `${shown[0]?.areaName ?? ''}の分野別相談件数`, {
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 16, bottom: 96 },
        xAxis: { type: 'category', data: shown.map((f) => fieldLabel(f.key)), axisLabel: { rotate: 45 } },
        yAxis: { type: 'value', name: '件' },
        series: [{ type: 'bar', data: shown.map((f) => f.count ?? null) }, suppressedMarkers(shown.filter((f) => f.suppressed).map((f) => [fieldLabel(f.key), f.area]))],
      });
      body.replaceChildren(...(shown.length ? [chart] : [el('p', { textContent: '該当する報告はありません（0件）。' })]), ...tables.map((t) => renderTable(t, ctx.k)));
    };
  });

  ctx.root.replaceChildren(
    el('h2', { textContent: '活動状況' }),
    el('p', { textContent: 'コーディネーターの四半期ごとの活動状況報告（件数のみ）。提出期限（四半期の翌月末）の1週間後から、四半期ごとに公表します。複数の都道府県で活動した報告は各都道府県に数え、地方・全国は都道府県の合計です。' }),
    el(
      'div',
      { className: 'toolbar' },
      select('四半期', 'quarter', quarters.map((q): [string, string] => [q, quarterLabel(q)]), filter.quarter, (value) => {
        filter.quarter = value;
        void load();
      }),
      exportButtons('活動状況', () => tables, () => ctx),
    ),
    body,
  );
  await load();
}
