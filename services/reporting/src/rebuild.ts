import { eventsEnv, loadEnv, migrationsFolderOf, runMigrations, serviceEnv } from '@portal/platform';
import { rebuildAggregates } from './replay';

/** `node dist/main.js rebuild` (or `npx tsx services/reporting/src/main.ts rebuild`): the aggregates anew from the stream. */
export async function rebuild(): Promise<void> {
  // Only the service's DATABASE_URL rule is borrowed; the port does not matter here.
  const { DATABASE_URL } = serviceEnv(0);
  const env = loadEnv({ DATABASE_URL, ...eventsEnv });
  try {
    await runMigrations(env.DATABASE_URL, migrationsFolderOf('reporting'));
    const started = Date.now();
    const result = await rebuildAggregates({ databaseUrl: env.DATABASE_URL, natsUrl: env.NATS_URL, streamName: env.EVENTS_STREAM, log: (line) => console.log(`reporting: ${line}`) });
    console.log(
      `reporting: rebuilt through sequence ${result.throughSequence} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${result.applied} events applied, ${result.duplicates} duplicate deliveries, ${result.skipped.length} messages skipped`,
    );
    for (const { seq, reason } of result.skipped) console.log(`  skipped sequence ${seq}: ${reason}`);
  } catch (error) {
    console.error(`reporting: rebuild failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
