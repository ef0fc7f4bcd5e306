import type { FastifyInstance } from 'fastify';
import { activityReportCalendar } from './activity-reports';
import { expirySweep } from './certification-expiry';
import { coalesce } from './coalesce';
import type { Runtime } from './runtime';
import { tick } from './scheduler';
import type { Sender } from './sender';

/**
 * The periodic work: the reminders the calendar brings (activity reports), reminders that
 * fell due and certifications near their end, then the mails that are due. Runs every `intervalMs` and whenever the consumer commits
 * notifications, one run at a time; a run that fails (database or SMTP down) is logged and
 * the next one tries again.
 */
export function startWorkers(app: FastifyInstance, runtime: Runtime, sender: Sender, intervalMs: number) {
  const expiry = expirySweep(runtime.store);
  const calendar = activityReportCalendar(runtime.store);
  const runOnce = async () => {
    const now = runtime.clock();
    await calendar(now);
    if ((await tick(runtime.store, now)) + (await expiry(now)) > 0) runtime.changed.emit('changed');
    await sender.run(now);
  };
  const { wake, settled } = coalesce(runOnce, (error) => app.log.warn({ err: error }, 'notification run failed; the next one tries again'));
  const timer = intervalMs > 0 ? setInterval(wake, intervalMs) : undefined;
  if (timer) runtime.changed.on('changed', wake);
  app.addHook('preClose', async () => {
    clearInterval(timer);
    runtime.changed.off('changed', wake);
    await settled();
    sender.close();
  });
  return { runOnce };
}
