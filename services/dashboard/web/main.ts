import { createPortalClient, ReportingFreshnessDocument } from '@portal/client';
import { createAuth, mayUseDashboard } from './auth';
import { loadConfig } from './config';
import { dataOf, el, type ViewContext } from './context';
import { activityView } from './views/activity';
import { coverageView } from './views/coverage';
import { issuesView } from './views/issues';
import { surveysView } from './views/surveys';

const VIEWS: Record<string, (ctx: ViewContext) => Promise<void>> = { '#/coverage': coverageView, '#/issues': issuesView, '#/surveys': surveysView, '#/activity': activityView };
const root = document.getElementById('view')!;

async function start() {
  const config = await loadConfig();
  const auth = createAuth(config);
  const viewer = await auth.viewer();
  const account = document.getElementById('account')!;
  if (!viewer) {
    const button = el('button', { textContent: 'サインイン', onclick: () => void auth.signIn() });
    root.replaceChildren(el('h2', { textContent: 'サインインしてください' }), el('p', { textContent: '省庁・自治体・事務局の担当者向けの集計画面です。' }), button);
    button.focus();
    return;
  }
  account.replaceChildren(`${viewer.name} `, el('button', { textContent: 'サインアウト', onclick: () => void auth.signOut() }));
  if (!mayUseDashboard(viewer)) {
    root.replaceChildren(
      el('section', { className: 'noaccess', role: 'alert' }, el('h2', { textContent: 'このダッシュボードを利用する権限がありません' }), el('p', { textContent: '報告ダッシュボードは省庁・自治体・事務局の担当者向けです。コーディネーターの方はポータルをご利用ください。' })),
    );
    return;
  }

  const client = createPortalClient({ url: config.gatewayUrl, token: viewer.accessToken });
  const { reportingFreshness } = dataOf(await client.execute(ReportingFreshnessDocument));
  const ctx: ViewContext = { client, viewer, root, k: reportingFreshness?.smallCellK ?? 5, lastEventAt: reportingFreshness?.lastEventAt ?? null };
  document.getElementById('freshness')!.textContent = `データ時点：${ctx.lastEventAt ? new Date(ctx.lastEventAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }) : '未集計'}（日本時間）。人数の数字は0人または${ctx.k + 1}人以上のときだけ表示し、それ以外は「秘匿」と表示します。`;
  document.getElementById('nav')!.hidden = false;

  const route = async () => {
    const hash = VIEWS[window.location.hash] ? window.location.hash : '#/coverage';
    for (const a of document.querySelectorAll('nav a')) a.toggleAttribute('aria-current', a.getAttribute('href') === hash) && a.setAttribute('aria-current', 'page');
    // Each visit draws into a container of its own: a view still loading when the reader has
    // moved on writes only into its own, detached one.
    const view = el('div', {}, el('p', { textContent: '読み込み中…' }));
    view.setAttribute('aria-busy', 'true');
    root.replaceChildren(view);
    try {
      await VIEWS[hash]!({ ...ctx, root: view });
    } catch (error) {
      view.replaceChildren(el('p', { role: 'alert', textContent: (error as Error).message }));
    }
    view.removeAttribute('aria-busy');
    root.focus();
  };
  window.addEventListener('hashchange', () => void route());
  await route();
}

start().catch((error: Error) => root.replaceChildren(el('p', { role: 'alert', textContent: `読み込めませんでした：${error.message}` })));
