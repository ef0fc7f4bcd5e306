import type { Identity, RequestContext } from '@portal/platform';
import { groupLoader, notFound, rowLoader } from '@portal/platform';
import type { CoordinatorRow } from './db/schema';
import type { Store } from './store';

/** A coordinator is referred to by id, or by account id where other services know only their caller. */
export type CoordinatorKey = { id: string } | { accountId: string };

const keyString = (key: CoordinatorKey) => ('id' in key ? `id:${key.id}` : `account:${key.accountId}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createContext(store: Store, identity: Identity) {
  // Every key asked for in one tick (e.g. one _entities call) is fetched by one statement.
  const coordinators = rowLoader<string, { key: string; row: CoordinatorRow }>(
    async (keys) => {
      const ids = keys.filter((k) => k.startsWith('id:')).map((k) => k.slice(3)).filter((id) => UUID.test(id));
      const accountIds = keys.filter((k) => k.startsWith('account:')).map((k) => k.slice(8));
      const rows = await store.findByKeys(ids, accountIds);
      // A row answers both of its keys.
      return rows.flatMap((row) => [{ key: `id:${row.id}`, row }, { key: `account:${row.accountId}`, row }]);
    },
    (entry) => entry.key,
  );
  // A page of profiles with their training or renewals: one statement for all of them.
  const trainingRecords = groupLoader((ids: readonly string[]) => store.trainingRecordsOf(ids), (record) => record.coordinatorId);
  const renewals = groupLoader((ids: readonly string[]) => store.renewalsOf(ids), (renewal) => renewal.coordinatorId);
  return {
    store,
    identity,
    loadCoordinator: async (key: CoordinatorKey) => (await coordinators.load(keyString(key)))?.row ?? null,
    loadTrainingRecords: (coordinatorId: string) => trainingRecords.load(coordinatorId),
    loadRenewals: (coordinatorId: string) => renewals.load(coordinatorId),
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;

/** The caller's own profile; NOT_FOUND when they have none (also once erased). */
export async function ownProfile(ctx: Context): Promise<CoordinatorRow> {
  const row = await ctx.loadCoordinator({ accountId: ctx.identity.sub });
  if (!row) throw notFound('Coordinator profile of account', ctx.identity.sub);
  return row;
}
