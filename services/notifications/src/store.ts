import { and, count, desc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { transactional, type Executor } from '@portal/platform';
import { coordinatorProjection } from '@portal/platform/events';
import * as schema from './db/schema';
import { activityReportFilings, addresses, digestHours, mails, notifications, preferences, scheduled, surveyAnswers } from './db/schema';
import type { NotificationKind } from './kinds';

export type Db = PostgresJsDatabase<typeof schema>;
export type NotificationRow = typeof notifications.$inferSelect;
export type MailRow = typeof mails.$inferSelect;
export type ScheduledRow = typeof scheduled.$inferSelect;
export type Facts = Record<string, string | null>;

export interface NewNotifications {
  kind: NotificationKind;
  sourceKey: string;
  facts: Facts;
  accountIds: readonly string[];
  at: Date;
}

/** Who a notice is for: given accounts, or the members active in any of the prefectures (none: everyone). */
export type Audience = { accountIds: readonly string[] } | { prefectureCodes: readonly string[]; exceptAnsweredSurvey?: string; exceptFiledActivityReport?: string };

const statements = (db: Executor) => ({
  async saveAddress(row: typeof addresses.$inferInsert): Promise<void> {
    const { accountId: _key, ...changes } = row;
    await db
      .insert(addresses)
      .values(row)
      .onConflictDoUpdate({ target: addresses.accountId, set: changes, setWhere: sql`${addresses.asOf} < excluded.as_of` });
  },

  /**
   * The members an audience names, as the coordinator events last said: certified (ACTIVE),
   * not erased, in a target prefecture, and (for a survey reminder) without an answer.
   */
  async membersOf(audience: Audience): Promise<string[]> {
    if ('accountIds' in audience) {
      if (audience.accountIds.length === 0) return [];
      const rows = await db
        .select({ accountId: coordinatorProjection.accountId })
        .from(coordinatorProjection)
        .where(and(inArray(coordinatorProjection.accountId, [...audience.accountIds]), eq(coordinatorProjection.certificationStatus, 'ACTIVE')));
      return rows.map((r) => r.accountId);
    }
    const targeted =
      audience.prefectureCodes.length === 0
        ? sql`true`
        : sql`${coordinatorProjection.prefectureCodes} && ${sql.param([...audience.prefectureCodes])}::text[]`;
    const unanswered = audience.exceptAnsweredSurvey
      ? sql`not exists (select 1 from ${surveyAnswers} where ${surveyAnswers.surveyId} = ${audience.exceptAnsweredSurvey} and ${surveyAnswers.accountId} = ${coordinatorProjection.accountId})`
      : sql`true`;
    const unfiled = audience.exceptFiledActivityReport
      ? sql`not exists (select 1 from ${activityReportFilings} where ${activityReportFilings.quarter} = ${audience.exceptFiledActivityReport} and ${activityReportFilings.accountId} = ${coordinatorProjection.accountId})`
      : sql`true`;
    const rows = await db
      .select({ accountId: coordinatorProjection.accountId })
      .from(coordinatorProjection)
      .where(and(eq(coordinatorProjection.certificationStatus, 'ACTIVE'), targeted, unanswered, unfiled))
      .orderBy(coordinatorProjection.accountId);
    return rows.map((r) => r.accountId);
  },

  /** Inbox rows for the accounts that do not have one from this source yet; returns the new ones. */
  async insertNotifications(batch: NewNotifications): Promise<{ id: string; accountId: string }[]> {
    if (batch.accountIds.length === 0) return [];
    return db.execute<{ id: string; accountId: string }>(sql`
      insert into ${notifications} (account_id, kind, source_key, facts, created_at)
      select account_id, ${batch.kind}, ${batch.sourceKey}, ${JSON.stringify(batch.facts)}::jsonb, ${batch.at.toISOString()}::timestamptz
      from unnest(${sql.param([...batch.accountIds])}::text[]) as account_id
      on conflict (source_key, account_id) do nothing
      returning id, account_id as "accountId"`) as unknown as Promise<{ id: string; accountId: string }[]>;
  },

  /** Of the accounts, those who turned e-mail off for the kind (the others have it as the kind's default says). */
  async emailChoices(kind: NotificationKind, accountIds: readonly string[]): Promise<Map<string, boolean>> {
    if (accountIds.length === 0) return new Map();
    const rows = await db
      .select({ accountId: preferences.accountId, email: preferences.email })
      .from(preferences)
      .where(and(eq(preferences.kind, kind), inArray(preferences.accountId, [...accountIds])));
    return new Map(rows.map((r) => [r.accountId, r.email]));
  },

  async digestHoursOf(accountIds: readonly string[]): Promise<Map<string, number>> {
    if (accountIds.length === 0) return new Map();
    const rows = await db.select().from(digestHours).where(inArray(digestHours.accountId, [...accountIds]));
    return new Map(rows.map((r) => [r.accountId, r.hour]));
  },

  /** One e-mail per notification, due at once. */
  async insertImmediateMails(items: readonly { notificationId: string; accountId: string }[], at: Date): Promise<void> {
    if (items.length === 0) return;
    await db.execute(sql`
      with sent as (
        insert into ${mails} (id, account_id, digest, due_at)
        select gen_random_uuid(), account_id, false, ${at.toISOString()}::timestamptz
        from unnest(${sql.param(items.map((i) => i.notificationId))}::uuid[], ${sql.param(items.map((i) => i.accountId))}::text[]) as t(notification_id, account_id)
        returning id, account_id
      )
      update ${notifications} n set mail_id = sent.id from sent
      where n.account_id = sent.account_id and n.id = any(${sql.param(items.map((i) => i.notificationId))}::uuid[])`);
  },

  /**
   * Puts notifications into their members' PENDING digests (made when missing, due at the
   * given time). The digests are share-locked: a sender cannot take one half-way; one it
   * took meanwhile is no longer PENDING and the notification is left without a mail, for
   * the caller to try again. Returns the notifications that found no digest.
   */
  async addToDigests(items: readonly { notificationId: string; accountId: string; dueAt: Date }[]): Promise<string[]> {
    if (items.length === 0) return [];
    await db.execute(sql`
      insert into ${mails} (account_id, digest, due_at)
      select account_id, true, due_at::timestamptz
      from unnest(${sql.param(items.map((i) => i.accountId))}::text[], ${sql.param(items.map((i) => i.dueAt.toISOString()))}::text[]) as t(account_id, due_at)
      on conflict (account_id) where digest and state = 'PENDING' do nothing`);
    const attached = await db.execute<{ id: string }>(sql`
      with pending as (
        select id, account_id from ${mails}
        where digest and state = 'PENDING' and account_id = any(${sql.param(items.map((i) => i.accountId))}::text[])
        for share
      )
      update ${notifications} n set mail_id = pending.id from pending
      where n.account_id = pending.account_id and n.id = any(${sql.param(items.map((i) => i.notificationId))}::uuid[])
      returning n.id`);
    const done = new Set((attached as unknown as { id: string }[]).map((r) => r.id));
    return items.filter((i) => !done.has(i.notificationId)).map((i) => i.notificationId);
  },

  async schedule(row: typeof scheduled.$inferInsert): Promise<void> {
    const { key: _key, ...changes } = row;
    // A reminder that has fired stays fired: moving a date does not send it twice.
    await db.insert(scheduled).values(row).onConflictDoUpdate({ target: scheduled.key, set: changes, setWhere: isNull(scheduled.firedAt) });
  },

  /** Reminders written once: a row already there, fired or not, is left as it is. */
  async scheduleOnce(rows: readonly (typeof scheduled.$inferInsert)[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insert(scheduled).values([...rows]).onConflictDoNothing({ target: scheduled.key });
  },

  async unschedule(key: string): Promise<void> {
    await db.delete(scheduled).where(and(eq(scheduled.key, key), isNull(scheduled.firedAt)));
  },

  /** Reminders due by `now`, locked until the caller's transaction ends (another tick skips them). */
  async lockDue(now: Date, limit: number): Promise<ScheduledRow[]> {
    return db
      .select()
      .from(scheduled)
      .where(and(isNull(scheduled.firedAt), lte(scheduled.dueAt, now)))
      .orderBy(scheduled.dueAt)
      .limit(limit)
      .for('update', { skipLocked: true });
  },

  async markFired(keys: readonly string[], at: Date): Promise<void> {
    if (keys.length === 0) return;
    await db.update(scheduled).set({ firedAt: at }).where(inArray(scheduled.key, [...keys]));
  },

  /**
   * The ACTIVE members one of whose expiry reminders is in its window at the Japan wall-clock
   * time given (YYYY-MM-DD HH:MM:SS) and who have no notice of it yet (its source key: the
   * prefix, the validity's last day and the reminder's days).
   */
  async expiringCertifications(
    japanNow: string,
    sourcePrefix: string,
    reminders: readonly { days: number; fromHour: number; untilHour: number }[],
  ): Promise<{ accountId: string; validUntil: string; days: number; sourceKey: string }[]> {
    const longest = Math.max(...reminders.map((r) => r.days));
    return db.execute(sql`
      select p.account_id as "accountId", p.valid_until::text as "validUntil", r.days, ${sourcePrefix}::text || p.valid_until::text || ':' || r.days as "sourceKey"
      from ${coordinatorProjection} p
      join unnest(${sql.param(reminders.map((r) => r.days))}::int[], ${sql.param(reminders.map((r) => r.fromHour))}::int[], ${sql.param(reminders.map((r) => r.untilHour))}::int[]) as r(days, from_hour, until_hour)
        on ${japanNow}::timestamp >= p.valid_until + make_interval(hours => r.from_hour)
       and ${japanNow}::timestamp < p.valid_until + make_interval(hours => r.until_hour)
      where p.certification_status = 'ACTIVE'
        and p.valid_until between ${japanNow}::date - 1 and ${japanNow}::date + ${longest + 1}::int
        and not exists (
          select 1 from ${notifications} n
          where n.account_id = p.account_id and n.source_key = ${sourcePrefix}::text || p.valid_until::text || ':' || r.days
        )
      order by p.account_id`) as unknown as Promise<{ accountId: string; validUntil: string; days: number; sourceKey: string }[]>;
  },

  async recordActivityReportFiled(quarter: string, accountId: string): Promise<void> {
    await db.insert(activityReportFilings).values({ quarter, accountId }).onConflictDoNothing();
  },

  async recordAnswer(surveyId: string, accountId: string): Promise<void> {
    await db.insert(surveyAnswers).values({ surveyId, accountId }).onConflictDoNothing();
  },

  // The inbox.

  /** A page of the member's notifications, newest first, after the cursor's seq. */
  async page(accountId: string, options: { first: number; beforeSeq?: number; unreadOnly: boolean }) {
    const where = and(
      eq(notifications.accountId, accountId),
      options.beforeSeq !== undefined ? lt(notifications.seq, options.beforeSeq) : undefined,
      options.unreadOnly ? isNull(notifications.readAt) : undefined,
    );
    return db.select().from(notifications).where(where).orderBy(desc(notifications.seq)).limit(options.first + 1);
  },

  async counts(accountId: string): Promise<{ total: number; unread: number }> {
    const [row] = await db
      .select({ total: count(), unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number) })
      .from(notifications)
      .where(eq(notifications.accountId, accountId));
    return { total: row?.total ?? 0, unread: row?.unread ?? 0 };
  },

  /** Marks the member's own notifications read (another's id matches nothing); returns them. */
  async markRead(accountId: string, ids: readonly string[], at: Date): Promise<NotificationRow[]> {
    await db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.accountId, accountId), inArray(notifications.id, [...ids]), isNull(notifications.readAt)));
    return db.select().from(notifications).where(and(eq(notifications.accountId, accountId), inArray(notifications.id, [...ids])));
  },

  async markAllRead(accountId: string, at: Date): Promise<number> {
    const rows = await db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return rows.length;
  },

  /** The live stream's catch-up: the member's notifications after a seq, oldest first. */
  async after(accountId: string, seq: number, limit: number): Promise<NotificationRow[]> {
    return db
      .select()
      .from(notifications)
      .where(and(eq(notifications.accountId, accountId), sql`${notifications.seq} > ${seq}`))
      .orderBy(notifications.seq)
      .limit(limit);
  },

  async lastSeq(accountId: string): Promise<number> {
    const [row] = await db.select({ seq: sql<number>`coalesce(max(${notifications.seq}), 0)`.mapWith(Number) }).from(notifications).where(eq(notifications.accountId, accountId));
    return row?.seq ?? 0;
  },

  // Preferences.

  async preferencesOf(accountId: string) {
    const [kinds, [hour]] = await Promise.all([
      db.select().from(preferences).where(eq(preferences.accountId, accountId)),
      db.select().from(digestHours).where(eq(digestHours.accountId, accountId)),
    ]);
    return { kinds, digestHour: hour?.hour ?? null };
  },

  async setEmail(accountId: string, kind: NotificationKind, email: boolean): Promise<void> {
    await db.insert(preferences).values({ accountId, kind, email }).onConflictDoUpdate({ target: [preferences.accountId, preferences.kind], set: { email } });
  },

  /** Sets the hour and moves a pending digest to it. */
  async setDigestHour(accountId: string, hour: number, dueAt: Date): Promise<void> {
    await db.insert(digestHours).values({ accountId, hour }).onConflictDoUpdate({ target: digestHours.accountId, set: { hour } });
    await db.update(mails).set({ dueAt }).where(and(eq(mails.accountId, accountId), eq(mails.digest, true), eq(mails.state, 'PENDING')));
  },

  // Sending.

  /**
   * Takes up to `limit` due mails for sending until `leaseUntil`: PENDING ones, and SENDING
   * ones whose sender's lease ran out (it stopped mid-send). Rows another sender or a
   * consumer holds are skipped.
   */
  async claimMails(now: Date, leaseUntil: Date, limit: number): Promise<MailRow[]> {
    return db.execute(sql`
      update ${mails} set state = 'SENDING', lease_until = ${leaseUntil.toISOString()}::timestamptz, attempts = attempts + 1
      where id in (
        select id from ${mails}
        where due_at <= ${now.toISOString()}::timestamptz
          and (state = 'PENDING' or (state = 'SENDING' and lease_until < ${now.toISOString()}::timestamptz))
        order by due_at
        limit ${limit}
        for update skip locked
      )
      returning id, account_id as "accountId", digest, state, due_at as "dueAt", lease_until as "leaseUntil", attempts, last_error as "lastError", sent_at as "sentAt"`) as unknown as Promise<MailRow[]>;
  },

  /** What the mails say and where they go, for a batch of claimed mails. */
  async contentsOf(mailIds: readonly string[]) {
    if (mailIds.length === 0) return { items: [], addresses: [], optedOut: [] };
    const items = await db.select().from(notifications).where(inArray(notifications.mailId, [...mailIds])).orderBy(notifications.seq);
    const accounts = [...new Set(items.map((i) => i.accountId))];
    if (accounts.length === 0) return { items, addresses: [], optedOut: [] };
    const [found, optedOut] = await Promise.all([
      db.select({ accountId: addresses.accountId, email: addresses.email }).from(addresses).where(inArray(addresses.accountId, accounts)),
      db.select({ accountId: preferences.accountId, kind: preferences.kind }).from(preferences).where(and(inArray(preferences.accountId, accounts), eq(preferences.email, false))),
    ]);
    return { items, addresses: found, optedOut };
  },

  /** Settles a claimed mail; only while its lease holds, so a late sender cannot undo another's result. */
  async settleMail(id: string, leaseUntil: Date, change: Partial<Pick<MailRow, 'state' | 'dueAt' | 'lastError' | 'sentAt'>>): Promise<void> {
    await db
      .update(mails)
      .set({ ...change, leaseUntil: null })
      .where(and(eq(mails.id, id), eq(mails.state, 'SENDING'), eq(mails.leaseUntil, leaseUntil)));
  },

  /** Settles the mails of a batch that went out, in one statement (as settleMail). */
  async settleSent(ids: readonly string[], leaseUntil: Date, at: Date): Promise<void> {
    if (ids.length === 0) return;
    await db
      .update(mails)
      .set({ state: 'SENT', sentAt: at, leaseUntil: null, lastError: null })
      .where(and(inArray(mails.id, [...ids]), eq(mails.state, 'SENDING'), eq(mails.leaseUntil, leaseUntil)));
  },

  // Erasure.

  /** Everything held of an erased member: address, choices, inbox, mails not sent, reminders, answers. */
  async forgetAccount(accountId: string): Promise<void> {
    await db.delete(addresses).where(eq(addresses.accountId, accountId));
    await db.delete(preferences).where(eq(preferences.accountId, accountId));
    await db.delete(digestHours).where(eq(digestHours.accountId, accountId));
    await db.delete(notifications).where(eq(notifications.accountId, accountId));
    await db.delete(mails).where(eq(mails.accountId, accountId));
    await db.delete(scheduled).where(eq(scheduled.accountId, accountId));
    await db.delete(surveyAnswers).where(eq(surveyAnswers.accountId, accountId));
    await db.delete(activityReportFilings).where(eq(activityReportFilings.accountId, accountId));
  },

  /** Mails still waiting (tests and the start script's report). */
  async mailStates(): Promise<{ state: string; n: number }[]> {
    return db.select({ state: mails.state, n: count() }).from(mails).groupBy(mails.state);
  },
});

export const createStore = (db: Executor) => transactional('notifications', db, statements);
export type Store = ReturnType<typeof createStore>;
