import { cellText, SUPPRESSED, suppressionReason, type TableModel } from './cells';

export * from './cells';

export function renderTable(model: TableModel, k: number): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', model.title);
  const table = document.createElement('table');
  table.dataset.table = model.id;
  table.createCaption().textContent = model.title;
  const head = table.createTHead().insertRow();
  for (const column of model.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of model.rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const td = i === 0 ? document.createElement('th') : document.createElement('td');
      if (i === 0) (td as HTMLTableCellElement).scope = 'row';
      const text = String(cellText(cell));
      if (text === SUPPRESSED) {
        const span = document.createElement('span');
        span.className = 'suppressed';
        span.textContent = SUPPRESSED;
        span.title = suppressionReason(k);
        span.setAttribute('aria-label', suppressionReason(k));
        span.tabIndex = 0;
        td.append(span);
      } else td.textContent = text;
      tr.append(td);
    });
  }
  wrap.append(table);
  return wrap;
}
