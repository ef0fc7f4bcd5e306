// The announcement enums of schema.graphql, as values the service validates and stores
// (a test keeps the two identical).

export const ANNOUNCEMENT_CATEGORIES = [
  'LAW_CHANGE',
  'GOVERNMENT_NOTICE',
  'TRAINING',
  'EVENT',
  'SURVEY_REQUEST',
  'PORTAL_NOTICE',
  'OTHER',
] as const;
export type AnnouncementCategory = (typeof ANNOUNCEMENT_CATEGORIES)[number];

export const ANNOUNCEMENT_IMPORTANCES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type AnnouncementImportance = (typeof ANNOUNCEMENT_IMPORTANCES)[number];
