import type { Identity, RequestContext } from '@portal/platform';
import { rowLoader } from '@portal/platform';
import type { SurveyResponseRow, SurveyRow } from './db/schema';
import type { Store } from './store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createContext(store: Store, identity: Identity) {
  // Every key asked for in one tick (e.g. one _entities call, or one list) is one statement.
  const surveys = rowLoader<string, SurveyRow>((ids) => store.findSurveys(ids.filter((id) => UUID.test(id))), (row) => row.id);
  const ownResponses = rowLoader<string, SurveyResponseRow>((surveyIds) => store.findResponsesOf(identity.sub, surveyIds), (row) => row.surveyId);
  const responseCounts = rowLoader<string, { surveyId: string; count: number }>((surveyIds) => store.countResponses(surveyIds), (row) => row.surveyId);
  return {
    store,
    identity,
    loadSurvey: (id: string) => surveys.load(id),
    loadOwnResponse: (surveyId: string) => ownResponses.load(surveyId),
    loadResponseCount: async (surveyId: string) => (await responseCounts.load(surveyId))?.count ?? 0,
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
