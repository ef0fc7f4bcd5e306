import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * A chart (ECharts, SVG) with a description for screen readers; the table beside it holds
 * the same figures. `data-chart-ready` marks when it has been drawn.
 */
export function renderChart(id: string, label: string, option: ChartOption, height = 420): HTMLElement {
  const el = document.createElement('div');
  el.className = 'chart';
  el.style.height = `${height}px`;
  el.dataset.chart = id;
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', `${label}（同じ数字を下の表に掲載）`);
  requestAnimationFrame(() => {
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    chart.on('finished', () => {
      el.dataset.chartReady = 'true';
    });
    chart.setOption({ aria: { enabled: true }, animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
    new ResizeObserver(() => chart.resize()).observe(el);
  });
  return el;
}

/** Bars cannot show 秘匿: withheld points get a marker of their own, labelled, never a bar of 0. */
export const suppressedMarkers = (points: [string, string][]) => ({
  name: '秘匿',
  type: 'scatter',
  symbol: 'triangle',
  symbolSize: 10,
  itemStyle: { color: '#5a2d82' },
  label: { show: true, formatter: '秘匿', position: 'top', color: '#5a2d82' },
  data: points.map(([x]) => [x, 0]),
  tooltip: { formatter: '秘匿（少人数のため非表示。0ではありません）' },
});
