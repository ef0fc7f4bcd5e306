import { portalEvent } from '@portal/platform/events';
import type { CaseStudyRow } from './db/schema';

/** What reporting may know of a published case: its kind, fields and prefecture, never its text. */
export const caseStudyPublished = (row: CaseStudyRow) =>
  portalEvent('case_study.published', row.id, {
    caseStudyId: row.id,
    kind: row.kind,
    fields: row.fields,
    prefectureCode: row.prefectureCode,
  });
