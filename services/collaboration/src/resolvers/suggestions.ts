import { badInput } from '@portal/platform';
import type { Suggestion } from '../suggestions';

const MAX_SUGGESTIONS = 50;

export function suggestionLimit(first: number | null | undefined): number {
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) throw badInput({ field: 'first', message: `must be between 1 and ${MAX_SUGGESTIONS}` });
  return limit;
}

/** A suggestion as the schema shows it: the coordinator or partner as a reference its subgraph resolves. */
export const ReceiverSuggestion = {
  coordinator: (s: Suggestion) => (s.kind === 'COORDINATOR' ? { __typename: 'Coordinator', accountId: s.accountId } : null),
  partner: (s: Suggestion) => (s.kind === 'PARTNER' ? { __typename: 'PartnerOrganization', id: s.id } : null),
};
