import { notFound, parseInput } from '@portal/platform';
import { guard } from '../authorization';
import { markRead, publishAnnouncement, withdrawAnnouncement } from '../announcements';
import type { Context } from '../context';
import { announcementId, publishAnnouncementInput } from '../inputs';

export const Mutation = {
  async publishAnnouncement(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'publishAnnouncement');
    return publishAnnouncement(ctx.store, ctx.identity, parseInput(publishAnnouncementInput, args.input, 'input'), ctx.traceparent);
  },

  async markAnnouncementRead(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'markAnnouncementRead');
    const id = parseInput(announcementId, args.id, 'id');
    // An announcement the caller cannot see is as good as absent.
    const announcement = await ctx.loadAnnouncement(id);
    if (!announcement) throw notFound('Announcement', id);
    return markRead(ctx.store, ctx.identity, announcement);
  },

  async withdrawAnnouncement(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'withdrawAnnouncement');
    return withdrawAnnouncement(ctx.store, ctx.identity, parseInput(announcementId, args.id, 'id'), ctx.traceparent);
  },
};
