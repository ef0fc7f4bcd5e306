import { connectDatabase, newTraceparent } from '@portal/platform';
import type { CaseStudyRow } from '../db/schema';
import * as schema from '../db/schema';
import { caseStudyPublished } from '../events';
import { createStore } from '../store';
import { demoAccountId, demoCaseStudies } from './generate';
import { DEMO_MEETINGS, DEMO_MEETINGS_CREATED_AT, DEMO_ORGANIZER } from './meetings';

/** How many case studies a local run starts with. */
export const DEMO_CASE_STUDIES = 320;
const BATCH_SIZE = 500;

/** The first published cases of the meeting's fields, in demo order. */
function linkedCases(rows: CaseStudyRow[], fields: readonly string[], count: number): string[] {
  return rows
    .filter((row) => row.status === 'PUBLISHED' && fields.includes(row.fields[0]!))
    .slice(0, count)
    .map((row) => row.id);
}

/**
 * In a migrated database, when it has no case studies, adds the demo cases, study
 * meetings and registrations in one transaction, so a failed run leaves nothing behind.
 */
export async function seedDemoData(url: string, count = DEMO_CASE_STUDIES): Promise<{ inserted: number }> {
  const database = connectDatabase({ url, schema, poolSize: 1 });
  try {
    return await createStore(database.db).transaction(async (tx) => {
      if (!(await tx.isEmpty())) return { inserted: 0 };
      const values = demoCaseStudies(count);
      const rows: CaseStudyRow[] = [];
      for (let first = 0; first < values.length; first += BATCH_SIZE) {
        const batch = await tx.insertCaseStudies(values.slice(first, first + BATCH_SIZE));
        // Announced as if reviewed now, so that reporting learns of the demo library too.
        await tx.recordEvents(batch.filter((row) => row.status === 'PUBLISHED').map(caseStudyPublished), newTraceparent());
        rows.push(...batch);
      }
      for (const demo of DEMO_MEETINGS) {
        const meeting = await tx.insertStudyMeeting(
          { ...demo.meeting, organizerAccountId: DEMO_ORGANIZER, createdAt: DEMO_MEETINGS_CREATED_AT },
          linkedCases(rows, demo.caseFields, demo.caseCount),
        );
        await tx.insertRegistrations(
          Array.from({ length: demo.registered }, (_, i) => ({
            meetingId: meeting.id,
            accountId: demoAccountId(i + 1),
            registeredAt: new Date(DEMO_MEETINGS_CREATED_AT.getTime() + (i + 1) * 3_600_000),
          })),
        );
      }
      return { inserted: rows.length + DEMO_MEETINGS.length };
    });
  } finally {
    await database.close();
  }
}
