import { pageRequest, parseInput } from '@portal/platform';
import { z } from 'zod';
import { guard } from '../authorization';
import type { Context } from '../context';
import { inboxPage, preferencesOf } from '../inbox';

const isSeqCursor = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

export const Query = {
  async myNotifications(_: unknown, args: { first?: number; after?: string; unreadOnly?: boolean }, ctx: Context) {
    guard.require(ctx.identity, 'readNotifications');
    const page = pageRequest(args, isSeqCursor);
    const unreadOnly = parseInput(z.boolean().nullish(), args.unreadOnly, 'unreadOnly') ?? false;
    return inboxPage(ctx.store, ctx.identity.sub, { first: page.limit, beforeSeq: page.after, unreadOnly });
  },

  async myNotificationPreferences(_: unknown, __: unknown, ctx: Context) {
    guard.require(ctx.identity, 'updateNotificationPreferences');
    return preferencesOf(ctx.store, ctx.identity.sub);
  },
};
