import { parseInput } from '@portal/platform';
import { guard } from '../authorization';
import type { Context } from '../context';
import { preferencesOf, setPreferences, toNotification } from '../inbox';
import { notificationIds, preferencesInput } from '../inputs';
import type { NotificationKind } from '../kinds';

export const Mutation = {
  async markNotificationsRead(_: unknown, args: { ids: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'markNotificationsRead');
    const ids = parseInput(notificationIds, args.ids, 'ids');
    return (await ctx.store.markRead(ctx.identity.sub, ids, ctx.now())).map(toNotification);
  },

  async markAllNotificationsRead(_: unknown, __: unknown, ctx: Context) {
    guard.require(ctx.identity, 'markNotificationsRead');
    return ctx.store.markAllRead(ctx.identity.sub, ctx.now());
  },

  async updateNotificationPreferences(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'updateNotificationPreferences');
    const input = parseInput(preferencesInput, args.input, 'input');
    await setPreferences(ctx.store, ctx.identity.sub, { kind: (input.kind as NotificationKind | null) ?? null, email: input.email ?? null, digestHour: input.digestHour ?? null }, ctx.now());
    return preferencesOf(ctx.store, ctx.identity.sub);
  },
};
