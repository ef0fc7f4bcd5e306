import type { GraphQLResolveInfo } from 'graphql';
import { pageRequest, pageTotal, parseInput, selectsField, toPage } from '@portal/platform';
import { guard } from '../authorization';
import { inboxReader } from '../announcements';
import type { Context } from '../context';
import { announcementFilter, announcementId, isInboxCursor } from '../inputs';

interface InboxArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  async announcements(_: unknown, args: InboxArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readAnnouncements');
    const { includeWithdrawn, ...filter } = parseInput(announcementFilter, args.filter, 'filter') ?? {};
    const page = pageRequest(args, isInboxCursor);
    const reader = inboxReader(ctx.identity, includeWithdrawn ?? false);
    const inboxFilter = {
      categories: filter.categories ?? undefined,
      importances: filter.importances ?? undefined,
      fields: filter.fields ?? undefined,
      unreadOnly: filter.unreadOnly ?? undefined,
      text: filter.text ?? undefined,
    };
    const rows = await ctx.store.page(reader, inboxFilter, page.limit + 1, page.after, selectsField(info, 'totalCount'));
    return {
      ...toPage(rows, page.limit, (row) => [row.publishedAt.toISOString(), row.id]),
      countTotal: pageTotal(rows, page.after, () => ctx.store.count(reader, inboxFilter)),
    };
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
