-- Written by `npm run generate` from the services' definitions (services/<name>/src/service.ts): edit those, not this.
-- One database per service: no service reads another's tables.
CREATE DATABASE portal_coordinators;
CREATE DATABASE portal_partners;
CREATE DATABASE portal_case_studies;
CREATE DATABASE portal_announcements;
CREATE DATABASE portal_surveys;
CREATE DATABASE portal_reporting;
CREATE DATABASE portal_collaboration;
CREATE DATABASE portal_notifications;
