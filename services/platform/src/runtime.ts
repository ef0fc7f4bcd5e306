import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';

/**
 * Listens, and on SIGINT/SIGTERM (or a crash) stops taking requests, lets those in flight
 * finish, then runs the app's onClose hooks (database, relays) before the process exits.
 */
export async function serve(app: FastifyInstance, address: { host: string; port: number }): Promise<void> {
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });
  await app.listen(address);
}
