import { createGuard } from '@portal/platform';

/**
 * Who may do what with notifications: members have an inbox; agency staff are members too
 * when they have a coordinator account. Dashboards' roles have none. Every row is the
 * caller's own (store queries are by the caller's account), so there is no other visibility.
 */
export const guard = createGuard({
  readNotifications: ['COORDINATOR', 'AGENCY_ADMIN'],
  markNotificationsRead: ['COORDINATOR', 'AGENCY_ADMIN'],
  updateNotificationPreferences: ['COORDINATOR', 'AGENCY_ADMIN'],
  followNotifications: ['COORDINATOR', 'AGENCY_ADMIN'],
});

export type Operation = keyof typeof guard.policy;
