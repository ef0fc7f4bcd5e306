import { readFileSync } from 'node:fs';
import { sharedTypeDefs } from '@portal/platform';

/** The subgraph's full SDL: the shared vocabulary it uses, then its own schema.graphql. */
export const typeDefs = [
  sharedTypeDefs('ConsultationField', 'FieldIssueCategory', 'QuestionKind', 'DateTime', 'Date'),
  readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
].join('\n\n');
