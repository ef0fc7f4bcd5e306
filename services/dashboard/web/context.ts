import type { PortalClient } from '@portal/client';
import type { Viewer } from './auth';

export interface ViewContext {
  client: PortalClient;
  viewer: Viewer;
  /** The protection rule's k, and how fresh the figures are. */
  k: number;
  lastEventAt: string | null;
  root: HTMLElement;
}

/** The data of an answer, or an error shown in the view. */
export function dataOf<T>(result: { data: T | null; errors?: { message: string; extensions?: { code?: string } }[] }): T {
  if (result.errors?.length || !result.data) {
    const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'ERROR').join(', ');
    throw new Error(codes.includes('FORBIDDEN') ? 'この集計を見る権限がありません。' : `集計を読み込めませんでした（${codes}）。`);
  }
  return result.data;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

/**
 * A view's loader where the reader's newest choice wins: `load` reads the filter, fetches, and
 * returns what to put on screen; an answer that arrives after a later choice is dropped, so
 * one filter's figures never appear under another's title. A failure shows in `body`.
 */
export function newestWins(body: HTMLElement, load: () => Promise<() => void>) {
  let newest = 0;
  return async () => {
    const ticket = ++newest;
    const show = await load().catch((error: Error) => () => body.replaceChildren(el('p', { role: 'alert', textContent: error.message })));
    if (ticket === newest) show();
  };
}

/** A labelled select. */
export function select(label: string, name: string, options: [string, string][], value: string, onChange: (value: string) => void) {
  const s = el('select', { name });
  for (const [v, text] of options) s.append(el('option', { value: v, textContent: text, selected: v === value }));
  s.onchange = () => onChange(s.value);
  return el('label', {}, label, s);
}
