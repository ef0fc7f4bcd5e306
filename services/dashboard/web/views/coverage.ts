import { CoverageMatrixDocument, type CoverageMatrixQuery } from '@portal/client';
import { renderChart } from '../chart';
import { dataOf, el, select, type ViewContext } from '../context';
import { exportButtons } from '../export';
import { FIELDS, fieldLabel, GAP_REASON_LABELS, REGION_CODES, REGIONS } from '../labels';
import { renderTable, type TableModel } from '../table';

type Prefecture = NonNullable<CoverageMatrixQuery['partnerCoverageMatrix']>['prefectures'][number];
type Row = Prefecture['fields'][number];

const figure = (count: number | null | undefined, suppressed: boolean) => ({ count: count ?? null, suppressed });
const reasons = (row: Row) => (row.gap ? row.gapReasons.map((r) => GAP_REASON_LABELS[r] ?? r).join('・') : '—');

const fieldTable = (prefectures: Prefecture[], field: string): TableModel => ({
  id: 'coverage-field',
  title: `${fieldLabel(field)}：都道府県別の連携先と不足`,
  columns: ['都道府県', '連携先の数', 'コーディネーターの数', '不足の報告（件）', '不足'],
  rows: prefectures.map((p) => {
    const row = p.fields.find((f) => f.field === field)!;
    return [p.prefectureName, row.partnerCount, figure(row.coordinatorCount, row.coordinatorCountSuppressed), figure(row.shortageReports, row.shortageReportsSuppressed), reasons(row)];
  }),
});

const detailTable = (p: Prefecture): TableModel => ({
  id: 'coverage-detail',
  title: `${p.prefectureName}：分野別の連携先と不足`,
  columns: ['分野', '連携先の数', 'コーディネーターの数', '不足の報告（件）', '不足'],
  rows: p.fields.map((row) => [fieldLabel(row.field), row.partnerCount, figure(row.coordinatorCount, row.coordinatorCountSuppressed), figure(row.shortageReports, row.shortageReportsSuppressed), reasons(row)]),
});

const matrixTable = (prefectures: Prefecture[]): TableModel => ({
  id: 'coverage-matrix',
  title: '都道府県 × 分野：不足のある分野',
  columns: ['都道府県', '不足のある分野の数', ...FIELDS.map(fieldLabel)],
  rows: prefectures.map((p) => [p.prefectureName, p.gapCount, ...FIELDS.map((f) => (p.fields.find((r) => r.field === f)!.gap ? '不足' : '—'))]),
});

/** 連携先の不足状況: a tile grid by region for one field, the prefecture × field heatmap, and a prefecture's detail. */
export async function coverageView(ctx: ViewContext) {
  const { partnerCoverageMatrix } = dataOf(await ctx.client.execute(CoverageMatrixDocument));
  const prefectures = partnerCoverageMatrix?.prefectures ?? [];
  let field = 'MEDICAL';
  let chosen: Prefecture | undefined = prefectures.length === 1 ? prefectures[0] : undefined;

  const tiles = el('div', { className: 'tiles' });
  const fieldBox = el('div');
  const detail = el('section', { ariaLabel: '都道府県の詳細' });
  const draw = () => {
    tiles.replaceChildren(el('p', { className: 'legend' }, el('span', { className: 'tile gap', textContent: '不足あり' }), el('span', { className: 'tile covered', textContent: '不足なし' })));
    for (const code of REGION_CODES) {
      const inRegion = prefectures.filter((p) => (REGIONS[code].prefectureCodes as readonly string[]).includes(p.prefectureCode));
      if (inRegion.length === 0) continue;
      const row = el('div', { className: 'region' }, el('span', { className: 'region-name', textContent: REGIONS[code].name }));
      for (const p of inRegion) {
        const gap = p.fields.find((f) => f.field === field)!.gap;
        const tile = el('button', { className: `tile ${gap ? 'gap' : 'covered'}`, textContent: `${p.prefectureName} ${gap ? '不足' : ''}` });
        tile.dataset.prefecture = p.prefectureCode;
        tile.setAttribute('aria-pressed', String(chosen?.prefectureCode === p.prefectureCode));
        tile.setAttribute('aria-label', `${p.prefectureName}：${fieldLabel(field)}は${gap ? '不足あり' : '不足なし'}。押すと詳細`);
        tile.onclick = () => {
          chosen = p;
          draw();
        };
        row.append(tile);
      }
      tiles.append(row);
    }
    fieldBox.replaceChildren(renderTable(fieldTable(prefectures, field), ctx.k));
    detail.replaceChildren(...(chosen ? [renderTable(detailTable(chosen), ctx.k)] : [el('p', { textContent: '都道府県を選ぶと分野別の詳細を表示します。' })]));
  };
  draw();

  const heatmap = renderChart(
    'coverage-heatmap',
    '都道府県 × 分野の不足状況（濃い色が不足あり）',
    {
      tooltip: { formatter: (p: { value: [number, number, number] }) => `${prefectures[p.value[1]]!.prefectureName}・${fieldLabel(FIELDS[p.value[0]]!)}：${p.value[2] ? '不足あり' : '不足なし'}` },
      grid: { left: 80, right: 16, top: 8, bottom: 110 },
      xAxis: { type: 'category', data: FIELDS.map(fieldLabel), axisLabel: { rotate: 60 } },
      yAxis: { type: 'category', data: prefectures.map((p) => p.prefectureName), inverse: true },
      visualMap: { type: 'piecewise', show: false, pieces: [{ value: 0, color: '#dcefdc', label: '不足なし' }, { value: 1, color: '#b3261e', label: '不足あり' }] },
      series: [{ type: 'heatmap', data: prefectures.flatMap((p, y) => FIELDS.map((f, x) => [x, y, p.fields.find((r) => r.field === f)!.gap ? 1 : 0])) }],
    },
    Math.max(220, prefectures.length * 18 + 130),
  );

  ctx.root.replaceChildren(
    el('h2', { textContent: '連携先の不足状況' }),
    el('div', { className: 'toolbar' }, select('分野', 'field', FIELDS.map((f) => [f, fieldLabel(f)]), field, (v) => ((field = v), draw())), exportButtons('連携先の不足状況', () => [fieldTable(prefectures, field), matrixTable(prefectures), ...(chosen ? [detailTable(chosen)] : [])], () => ctx)),
    el('div', { className: 'panel' }, tiles, detail),
    fieldBox,
    heatmap,
    renderTable(matrixTable(prefectures), ctx.k),
  );
}
