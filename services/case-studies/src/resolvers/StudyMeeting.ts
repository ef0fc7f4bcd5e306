import { isVisible } from '../authorization';
import type { Context } from '../context';
import type { StudyMeetingRow } from '../db/schema';
import { seesOnlineUrl } from '../study-meetings';

export const StudyMeeting = {
  registeredCount: async (meeting: StudyMeetingRow, _args: unknown, ctx: Context) =>
    (await ctx.loadRegistrations(meeting.id)).registeredCount,
  viewerIsRegistered: async (meeting: StudyMeetingRow, _args: unknown, ctx: Context) =>
    (await ctx.loadRegistrations(meeting.id)).viewerIsRegistered,
  async onlineUrl(meeting: StudyMeetingRow, _args: unknown, ctx: Context) {
    if (!meeting.onlineUrl) return null;
    return seesOnlineUrl(await ctx.loadRegistrations(meeting.id), ctx.identity) ? meeting.onlineUrl : null;
  },
  // A linked case that was archived later drops out for members.
  caseStudies: async (meeting: StudyMeetingRow, _args: unknown, ctx: Context) =>
    (await ctx.loadCaseStudiesOfMeeting(meeting.id)).filter((row) => isVisible(row, ctx.identity)),
};
