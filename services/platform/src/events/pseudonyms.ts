import { eq, sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';

/**
 * Each member's pseudonym on the events that reporting counts people by (field issues,
 * referrals, board questions): reporting applies its thresholds to distinct pseudonyms
 * without knowing who they are. Only this table, in the producing service, links one to an
 * account; deleting the row (erasure) leaves the pseudonym linked to nobody.
 */
export const contributorPseudonyms = pgTable('contributor_pseudonyms', {
  accountId: text('account_id').primaryKey(),
  contributorId: uuid('contributor_id').notNull().unique().defaultRandom(),
});

type Db = Pick<PostgresJsDatabase<Record<string, unknown>>, 'insert' | 'delete'>;

/** The account's pseudonym, made on first use; one statement. */
export async function contributorIdOf(db: Db, accountId: string): Promise<string> {
  const [row] = await db
    .insert(contributorPseudonyms)
    .values({ accountId })
    // A no-op update, so that an existing row is returned too.
    .onConflictDoUpdate({ target: contributorPseudonyms.accountId, set: { accountId: sql`excluded.account_id` } })
    .returning({ contributorId: contributorPseudonyms.contributorId });
  return row!.contributorId;
}

/** Erasure: the account's pseudonym then links to nobody. */
export async function forgetContributor(db: Db, accountId: string): Promise<void> {
  await db.delete(contributorPseudonyms).where(eq(contributorPseudonyms.accountId, accountId));
}
