import { PII_KINDS } from './pii/kinds';
import {
  CONSULTATION_FIELD_VALUES,
  FIELD_ISSUE_CATEGORIES,
  LANGUAGE_LEVELS,
  QUESTION_KINDS,
  REVIEW_DECISIONS,
} from './vocabulary';

const enumType = (name: string, values: readonly string[]) => `enum ${name} {\n  ${values.join('\n  ')}\n}`;

// Types that several subgraphs use must be defined identically in each; they are written
// once here and each service picks the ones its schema uses.
const sharedTypes = {
  ConsultationField: enumType('ConsultationField', CONSULTATION_FIELD_VALUES),
  LanguageLevel: enumType('LanguageLevel', LANGUAGE_LEVELS),
  ReviewDecision: enumType('ReviewDecision', REVIEW_DECISIONS),
  FieldIssueCategory: enumType('FieldIssueCategory', FIELD_ISSUE_CATEGORIES),
  QuestionKind: enumType('QuestionKind', QUESTION_KINDS),
  PiiKind: enumType('PiiKind', PII_KINDS),
  PiiFinding: `type PiiFinding @shareable {
  kind: PiiKind!
  "The field of the input the finding is in (title, summary, body, description…)."
  field: String!
  """
  The place in the text as the author wrote it, with every digit (also full-width or kanji
  numerals) masked, e.g. 在留カード番号 ＡＢ********ＣＤ.
  """
  excerpt: String!
}`,
  DateTime: 'scalar DateTime',
  Date: 'scalar Date',
  PageInfo: 'type PageInfo @shareable {\n  hasNextPage: Boolean!\n  endCursor: String\n}',
} as const;

export type SharedType = keyof typeof sharedTypes;

/** The SDL of the shared types a service's schema uses, to be prepended to its own. */
export function sharedTypeDefs(...names: SharedType[]): string {
  return names.map((name) => sharedTypes[name]).join('\n\n');
}
