import { portalEvent } from '@portal/platform/events';
import type { Announcement } from './store';

/** What other services learn of a published announcement: its classification and audience, not its text. */
export const announcementPublished = (row: Announcement) =>
  portalEvent('announcement.published', row.id, {
    announcementId: row.id,
    category: row.category,
    importance: row.importance,
    relatedFields: row.relatedFields,
    targetPrefectureCodes: row.targetPrefectureCodes,
    effectiveDate: row.effectiveDate,
  });

export const announcementWithdrawn = (row: Pick<Announcement, 'id'>) => portalEvent('announcement.withdrawn', row.id, { announcementId: row.id });
