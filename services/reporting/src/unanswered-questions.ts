import { shiftMonth } from '@portal/platform';
import type { Contribution } from './field-issues';

// Unanswered board questions by prefecture × field, as evidence of a shortage of expertise:
// released like field issues (see field-issues.ts), under a category of their own. Whether a
// question went unanswered must be settled before its month is published, and never change
// afterwards, so a question counts as unanswered when no answer members could read came in
// the month it was posted or the next; a month's figure is then final once the next month
// is over, and is released from then on.

export const UNANSWERED = 'UNANSWERED';

export interface BoardQuestion {
  contributorId: string;
  prefectureCode: string;
  fields: readonly string[];
  postedMonth: string;
  answeredMonth: string | null;
}

/** The month as of which unanswered questions are released: the last one whose questions are settled is the one before it. */
export const unansweredAsOf = (currentMonth: string) => shiftMonth(currentMonth, -1);

/** The questions still unanswered at the end of the month after they were posted, once per field. */
export function unansweredContributions(questions: readonly BoardQuestion[]): Contribution[] {
  return questions
    .filter((q) => q.answeredMonth === null || q.answeredMonth > shiftMonth(q.postedMonth, 1))
    .flatMap((q) => [...new Set(q.fields)].map((field) => ({ prefectureCode: q.prefectureCode, field, category: UNANSWERED, month: q.postedMonth, contributorId: q.contributorId, reports: 1 })));
}
