import type { FastifyInstance } from 'fastify';
import { NOTIFICATION_KINDS } from './kinds';
import type { Runtime } from './runtime';
import { readUnsubscribeToken } from './unsubscribe';

const page = (message: string) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>メール配信の停止</title></head><body><p>${message}</p></body></html>`;

/**
 * The unsubscribe link of every mail, reached without signing in: GET shows a button (mail
 * scanners open links, and must not unsubscribe anyone), POST turns the kind's e-mail off
 * (also RFC 8058 one-click from the mail program).
 */
export function registerUnsubscribe(app: FastifyInstance, runtime: Runtime, secret: string) {
  const read = (query: unknown) => {
    const token = (query as { token?: unknown }).token;
    return typeof token === 'string' && token.length < 2000 ? readUnsubscribeToken(secret, token) : null;
  };
  app.get('/notifications/unsubscribe', async (request, reply) => {
    const target = read(request.query);
    reply.type('text/html; charset=utf-8');
    if (!target) return reply.code(400).send(page('このリンクは無効です。'));
    const label = NOTIFICATION_KINDS[target.kind].label;
    return page(`「${label}」のメールを停止しますか？<form method="post"><button type="submit">停止する</button></form>`);
  });
  app.post('/notifications/unsubscribe', async (request, reply) => {
    const target = read(request.query);
    reply.type('text/html; charset=utf-8');
    if (!target) return reply.code(400).send(page('このリンクは無効です。'));
    await runtime.store.setEmail(target.accountId, target.kind, false);
    return page(`「${NOTIFICATION_KINDS[target.kind].label}」のメールを停止しました。ポータルの「通知設定」でいつでも戻せます。`);
  });
}
