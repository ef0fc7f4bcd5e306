import type { FastifyInstance, FastifyReply } from 'fastify';
import { guard } from './authorization';
import { coalesce } from './coalesce';
import type { Runtime } from './runtime';
import type { NotificationRow } from './store';
import { toNotification } from './inbox';

/** Also polled this often: notifications committed by another replica wake nobody here. */
const POLL_MS = 15_000;
const PAGE = 100;

const parseLastEventId = (value: unknown): number | undefined => {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
};

/**
 * The member's new notifications as server-sent events (`event: notification`, `id:` its
 * sequence number), beside GraphQL: the gateway cannot federate subscriptions. The caller
 * is the one the gateway signed for (it verifies the token and proxies the stream). A
 * client that reconnects with `Last-Event-ID` first gets everything after that id, so none
 * is lost; without one, the stream starts with what comes next.
 */
export function registerLiveStream(app: FastifyInstance, runtime: Runtime) {
  const open = new Set<FastifyReply>();
  app.addHook('preClose', async () => {
    for (const reply of open) reply.raw.end();
  });

  app.get('/notifications/stream', { config: { signedIdentity: true } }, async (request, reply) => {
    const identity = request.identity!;
    if (!guard.allows(identity, 'followNotifications')) return reply.code(403).send({ error: 'FORBIDDEN' });
    const store = runtime.store;
    const given = parseLastEventId(request.headers['last-event-id']);
    let cursor = given ?? (await store.lastSeq(identity.sub));

    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    reply.raw.write('retry: 3000\n\n');
    open.add(reply);

    const write = (row: NotificationRow) => reply.raw.write(`id: ${row.seq}\nevent: notification\ndata: ${JSON.stringify(toNotification(row))}\n\n`);
    const flush = async () => {
      for (;;) {
        const rows = await store.after(identity.sub, cursor, PAGE);
        for (const row of rows) write(row);
        cursor = rows.at(-1)?.seq ?? cursor;
        if (rows.length < PAGE) return;
      }
    };
    // One flush at a time; a wake-up during one runs another after it.
    const { wake } = coalesce(flush, (error) => request.log.warn({ err: error }, 'live notifications could not be read; the next wake-up tries again'));
    const heartbeat = setInterval(() => {
      reply.raw.write(': ping\n\n');
      wake();
    }, POLL_MS);
    runtime.changed.on('changed', wake);
    reply.raw.on('close', () => {
      clearInterval(heartbeat);
      runtime.changed.off('changed', wake);
      open.delete(reply);
    });
    wake();
  });
}
