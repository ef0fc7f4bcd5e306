import type { GraphQLResolveInfo } from 'graphql';
import { connection, type FilteredConnectionArgs, parseInput } from '@portal/platform';
import { guard, inboxReader } from '../authorization';
import type { Context } from '../context';
import { announcementFilter, announcementId, isInboxCursor } from '../inputs';

export const Query = {
  async announcements(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readAnnouncements');
    const { includeWithdrawn, ...filter } = parseInput(announcementFilter, args.filter, 'filter');
    const reader = inboxReader(ctx.identity, includeWithdrawn ?? false);
    return connection(args, info, {
      isKey: isInboxCursor,
      rows: (limit, after, withTotal) => ctx.store.page(reader, filter, limit, after, withTotal),
      keyOf: (row): [string, string] => [row.publishedAt.toISOString(), row.id],
      count: () => ctx.store.count(reader, filter),
    });
  },

  async announcement(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readAnnouncements');
    return ctx.loadAnnouncement(parseInput(announcementId, args.id, 'id'));
  },

  async unreadAnnouncementCount(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'readAnnouncements');
    return ctx.store.count(inboxReader(ctx.identity, false), { unreadOnly: true });
  },
};
