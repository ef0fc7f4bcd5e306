import { isPrefectureCode, todayInJapan } from '@portal/platform';
import type { EventData, PartnerSnapshot } from '@portal/platform/events';
import { UNKNOWN_PREFECTURE } from './db/schema';

// What one event adds to the counters. Each function returns increments with no repeated
// key, so that one multi-row upsert can add them (Postgres refuses to update a row twice
// in one statement).

export interface ResponseTally {
  surveyId: string;
  prefectureCode: string;
  questions: { questionId: string; answered: number; scaleCount: number; scaleSum: number }[];
  options: { questionId: string; optionId: string }[];
}

/**
 * A response counts once in its respondent's prefecture (or the unknown bucket). A question
 * counts as answered when the response has an answer for it: free-text answers arrive as
 * answers without options or scale. Repeated entries count once.
 */
export function tallyResponse(data: EventData<'survey.response_submitted'>): ResponseTally {
  const questions = new Map<string, ResponseTally['questions'][number]>();
  const options = new Map<string, ResponseTally['options'][number]>();
  for (const answer of data.answers) {
    if (questions.has(answer.questionId)) continue;
    questions.set(answer.questionId, {
      questionId: answer.questionId,
      answered: 1,
      scaleCount: answer.scale === null ? 0 : 1,
      scaleSum: answer.scale ?? 0,
    });
    for (const optionId of answer.optionIds) options.set(`${answer.questionId}/${optionId}`, { questionId: answer.questionId, optionId });
  }
  const prefecture = data.respondentPrefectureCode;
  return {
    surveyId: data.surveyId,
    prefectureCode: prefecture && isPrefectureCode(prefecture) ? prefecture : UNKNOWN_PREFECTURE,
    questions: [...questions.values()],
    options: [...options.values()],
  };
}

export interface FieldIssueIncrement {
  prefectureCode: string;
  field: string;
  category: string;
  day: string;
}

/** A field issue counts once per field it names, on its day in Japan. */
export function tallyFieldIssue(data: EventData<'field_issue.reported'>, occurredAt: string): FieldIssueIncrement[] {
  const day = todayInJapan(new Date(occurredAt));
  return [...new Set(data.fields)].map((field) => ({ prefectureCode: data.prefectureCode, field, category: data.category, day }));
}

/** A partner as coverage counts it: its distinct fields, and its prefectures unless nationwide. */
export function partnerRow(snapshot: PartnerSnapshot, approved: boolean, asOf: string) {
  return {
    partnerId: snapshot.partnerId,
    fields: [...new Set(snapshot.fields)],
    prefectureCodes: snapshot.nationwide ? [] : [...new Set(snapshot.prefectureCodes)],
    nationwide: snapshot.nationwide,
    approved,
    asOf,
  };
}
