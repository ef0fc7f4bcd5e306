import type { FastifyInstance } from 'fastify';
import { createWaiter } from './backoff';

/** Work a service repeats on its own, e.g. announcing what the passing of time changed. */
export interface PeriodicTask {
  name: string;
  everyMs: number;
  /** Runs once; a failure is logged and the next round tries again. */
  run: () => Promise<void>;
}

/** Runs the task at once and then every `everyMs` for as long as the app; a round in progress finishes on close. */
export function attachPeriodicTask(app: FastifyInstance, task: PeriodicTask): void {
  const waiter = createWaiter();
  let stopping = false;
  const running = (async () => {
    while (!stopping) {
      try {
        await task.run();
      } catch (error) {
        app.log.error({ task: task.name, err: error }, 'periodic task failed');
      }
      if (!stopping) await waiter.wait(task.everyMs);
    }
  })();
  // Before the database pool closes: the round uses it.
  app.addHook('preClose', async () => {
    stopping = true;
    waiter.wake();
    await running;
  });
}
