import { rowLoader, type Identity, type RequestContext } from '@portal/platform';
import { scopeOf } from './authorization';
import type { Store } from './store';

export function createContext(store: Store, identity: Identity, smallCellK: number) {
  const definitions = rowLoader((ids: readonly string[]) => store.surveyDefinitions(ids), (row) => row.surveyId);
  let lastEventAt: Promise<string | null> | undefined;
  return {
    store,
    identity,
    scope: scopeOf(identity),
    smallCellK,
    loadSurveyDefinition: (surveyId: string) => definitions.load(surveyId),
    /** Read once per request, however many reports ask. */
    lastEventAt: () => (lastEventAt ??= store.lastEventAt()),
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
