import { createGuard } from '@portal/platform';

/**
 * Who may do what with announcements: every decision of this service is made from here.
 * Ministries and local governments work with reporting only (README, roles), not the inbox.
 */
export const guard = createGuard({
  readAnnouncements: ['COORDINATOR', 'AGENCY_ADMIN'],
  markAnnouncementRead: ['COORDINATOR', 'AGENCY_ADMIN'],
  publishAnnouncement: ['AGENCY_ADMIN'],
  withdrawAnnouncement: ['AGENCY_ADMIN'],
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeEveryPrefecture: ['AGENCY_ADMIN'],
  seeWithdrawn: ['AGENCY_ADMIN'],
});

export type Operation = keyof typeof guard.policy;
