import { csvOf, xlsxOf, type ExportHeader } from './export-rows';
import type { TableModel } from './cells';

function download(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The CSV and XLSX buttons of a view. */
export function exportButtons(name: string, models: () => TableModel[], header: () => ExportHeader): HTMLElement {
  const box = document.createElement('div');
  box.className = 'toolbar';
  const csv = document.createElement('button');
  csv.textContent = 'CSVで保存';
  csv.dataset.export = 'csv';
  csv.onclick = () => download(`${name}.csv`, new Blob([csvOf(models(), header())], { type: 'text/csv;charset=utf-8' }));
  const xlsx = document.createElement('button');
  xlsx.textContent = 'Excel（XLSX）で保存';
  xlsx.dataset.export = 'xlsx';
  xlsx.onclick = async () =>
    download(`${name}.xlsx`, new Blob([await xlsxOf(models(), header())], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  box.append(csv, xlsx);
  return box;
}
