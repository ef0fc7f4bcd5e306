import { getTableName } from 'drizzle-orm';
import { connectDatabase, type Executor } from '@portal/platform';
import {
  applyBatchOnce,
  eventStream,
  lastSequence,
  natsConnector,
  replayStream,
  type ReplayedMessage,
} from '@portal/platform/events';
import * as schema from './db/schema';
import { applyReportingEvents, REPORTING_CONSUMER } from './projection';
import { createRebuildStore } from './store';

/**
 * Every table derived from the stream, processed_events first (see lockLiveTables): the
 * inbox is rebuilt with the aggregates, so that the running consumer still skips what the
 * rebuilt tables already hold. Dead letters are not derived and stay as they are.
 */
export const REBUILT_TABLES = [
  schema.processedEvents,
  schema.coordinatorProjection,
  schema.partnerProjection,
  schema.surveyDefinitions,
  schema.surveyRespondents,
  schema.surveyQuestionCounts,
  schema.surveyOptionCounts,
  schema.fieldIssueContributions,
  schema.referralFlowContributions,
  schema.referralDeclineContributions,
  schema.boardQuestions,
  schema.activityReports,
  schema.reportingFreshness,
].map(getTableName);

export interface RebuildOptions {
  databaseUrl: string;
  natsUrl: string;
  streamName: string;
  batchSize?: number;
  log?: (line: string) => void;
  /** Runs between the replay and the swap (tests make events arrive there). */
  beforeSwap?: () => Promise<void>;
}

export interface RebuildResult {
  /** The stream sequence the rebuilt tables are complete through. */
  throughSequence: number;
  applied: number;
  /** Redelivered copies of events already applied. */
  duplicates: number;
  /** Messages that are no event, or whose event could not be applied (as the consumer's dead letters). */
  skipped: { seq: number; reason: string }[];
}

/**
 * Rebuilds every aggregate from the whole stream and swaps the result in, while the service
 * may keep running:
 *
 * 1. Empty copies of the live tables are made in a schema of their own, and the stream is
 *    replayed into them (through the same `applyBatchOnce` + `applyReportingEvents` as the live
 *    consumer: the unqualified table names resolve to the copies through search_path).
 * 2. One transaction takes the live tables (waiting for the consumer's batch in flight and
 *    holding back the next), replays what arrived in the meantime, and moves the copies in
 *    place of the live tables.
 *
 * Why this is right under a running consumer: at the swap the copies hold exactly the events
 * of the stream up to its last sequence S, read while the live tables were locked, so every
 * event the live consumer ever applied is among them (it applies only events of the stream,
 * and none while locked). The copies' processed_events says which, so the consumer, resuming
 * on the new tables, skips events up to S and applies those after: Postgres re-plans its
 * prepared statements after the tables are moved, and unqualified names find the new ones.
 */
export async function rebuildAggregates(options: RebuildOptions): Promise<RebuildResult> {
  const log = options.log ?? (() => {});
  // One connection: the session's advisory lock and each transaction's search_path live on it.
  const database = connectDatabase({ url: options.databaseUrl, schema, poolSize: 1 });
  const store = createRebuildStore(database.db);
  const nc = await natsConnector(options.natsUrl, `${REPORTING_CONSUMER}-rebuild`)();
  const stream = eventStream(options.streamName);
  const result: RebuildResult = { throughSequence: 0, applied: 0, duplicates: 0, skipped: [] };
  try {
    if (!(await store.tryLock())) throw new Error('another rebuild of this database is running');
    try {
      await store.createNextTables(REBUILT_TABLES);
      const replayedTo = await lastSequence(nc, stream);
      log(`replaying ${stream.name} through sequence ${replayedTo} into fresh tables`);
      await replayStream({ nc, stream, fromSeq: 1, toSeq: replayedTo, batchSize: options.batchSize }, async (batch) => {
        await applyBatch(database.db, batch, result);
        log(`  … sequence ${batch.at(-1)!.seq}`);
      });
      await options.beforeSwap?.();
      await database.db.transaction(async (tx) => {
        const inTx = createRebuildStore(tx);
        await inTx.lockLiveTables(REBUILT_TABLES);
        result.throughSequence = await lastSequence(nc, stream);
        log(`live tables locked; replaying sequences ${replayedTo + 1} to ${result.throughSequence}, then swapping`);
        await inTx.useNextTables();
        await replayStream({ nc, stream, fromSeq: replayedTo + 1, toSeq: result.throughSequence }, async (batch) => {
          // A failing event must not abort the swap: each one in a savepoint.
          for (const item of batch) await applyIsolated(tx, item, result);
        });
        await inTx.swapTables(REBUILT_TABLES);
      });
      result.skipped.sort((a, b) => a.seq - b.seq);
      return result;
    } finally {
      await store.unlock();
    }
  } finally {
    await nc.close();
    await database.close();
  }
}

type Db = ReturnType<typeof connectDatabase<typeof schema>>['db'];

/** A batch in one transaction, as the consumer applies it; if it fails, each event on its own so that only the culprit is skipped. */
async function applyBatch(db: Db, batch: ReplayedMessage[], result: RebuildResult) {
  const events = batch.flatMap((m) => ('event' in m ? [m.event] : []));
  try {
    const applied = await db.transaction(async (tx) => {
      await createRebuildStore(tx).useNextTables();
      return applyBatchOnce(tx, REPORTING_CONSUMER, events, applyReportingEvents);
    });
    result.applied += applied.length;
    result.duplicates += events.length - applied.length;
  } catch {
    await db.transaction(async (tx) => {
      await createRebuildStore(tx).useNextTables();
      for (const item of batch) if ('event' in item) await applyIsolated(tx, item, result);
    });
  }
  for (const m of batch) if ('error' in m) result.skipped.push({ seq: m.seq, reason: m.error });
}

async function applyIsolated(tx: Executor, item: ReplayedMessage, result: RebuildResult) {
  if ('error' in item) {
    result.skipped.push({ seq: item.seq, reason: item.error });
    return;
  }
  try {
    const applied = await tx.transaction((savepoint) => applyBatchOnce(savepoint, REPORTING_CONSUMER, [item.event], applyReportingEvents));
    if (applied.length === 1) result.applied++;
    else result.duplicates++;
  } catch (error) {
    result.skipped.push({ seq: item.seq, reason: String((error as Error).message ?? error) });
  }
}
