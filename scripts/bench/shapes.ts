import { operationText } from '../lib/operations';
import type { TargetName } from './targets';

export type ShapeId = 'Q0' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** One kind of request, as sent to each of its targets. */
export interface Shape {
  id: ShapeId;
  title: string;
  /** What exactly is sent, for the report. */
  detail: string;
  targets: TargetName[];
  /** Whether every request has a text of its own (else one body is sent over and over). */
  varies: boolean;
  /**
   * The body of the next request. `tag` names the slot: Q4 makes every text of a slot,
   * and of the whole run, one that no gateway has seen (a cold query plan).
   */
  body(tag: string): () => string;
}

const ALL: TargetName[] = ['ours', 'unlimited', 'direct', 'peer', 'router'];
const GATEWAYS_ONLY: TargetName[] = ['ours', 'unlimited', 'peer', 'router'];
// Tracing's cost is measured on the contract's operations only (Q1–Q3).
const TRACED = (targets: TargetName[]): TargetName[] => [...targets, 'traced'];

const request = (query: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query, variables } : { query });
const fixed = (text: string) => () => () => text;

export const Q1_VARIABLES = { first: 20, filter: { prefectureCodes: ['13'] } };
export const Q2_VARIABLES = { first: 50 };

/**
 * Q4's operation: the fields of CoordinatorProfile (three subgraphs), with an alias and an
 * operation name that differ on every request, so each is parsed, validated and planned anew.
 */
export function coldOperation(id: string, n: string): string {
  return request(
    `query Cold_${n}($id: ID!) { coordinator(id: $id) { id name_${n}: name bio expertiseFields endorsedPartners { id name fields } caseStudies { id title kind publishedAt } } }`,
    { id },
  );
}

/** The shapes of issue 6; Q3 and Q4 ask about `profileId`, a coordinator with endorsements and case studies. */
export function benchShapes(profileId: string): Shape[] {
  return [
    {
      id: 'Q0',
      title: '{ __typename }',
      detail: '`{ __typename }` (direct: to the coordinators subgraph)',
      targets: ALL,
      varies: false,
      body: fixed(request('{ __typename }')),
    },
    {
      id: 'Q1',
      title: 'DirectorySearch first 20 (one subgraph)',
      detail: `contract DirectorySearch, variables ${JSON.stringify(Q1_VARIABLES)}`,
      targets: TRACED(ALL),
      varies: false,
      body: fixed(request(operationText('DirectorySearch'), Q1_VARIABLES)),
    },
    {
      id: 'Q2',
      title: 'CaseLibrary first 50 + author (_entities hop)',
      detail: `contract CaseLibrary, variables ${JSON.stringify(Q2_VARIABLES)}`,
      targets: TRACED(GATEWAYS_ONLY),
      varies: false,
      body: fixed(request(operationText('CaseLibrary'), Q2_VARIABLES)),
    },
    {
      id: 'Q3',
      title: 'CoordinatorProfile (three subgraphs)',
      detail: `contract CoordinatorProfile, variables ${JSON.stringify({ id: profileId })}`,
      targets: TRACED(GATEWAYS_ONLY),
      varies: false,
      body: fixed(request(operationText('CoordinatorProfile'), { id: profileId })),
    },
    {
      id: 'Q4',
      title: 'a new operation text per request (cold plans)',
      detail: 'CoordinatorProfile\'s fields with an alias and operation name unique to each request, e.g. `query Cold_<n>($id: ID!) { coordinator(id: $id) { id name_<n>: name … } }`',
      targets: GATEWAYS_ONLY,
      varies: true,
      body: (tag) => {
        let n = 0;
        return () => coldOperation(profileId, `${tag}_${(n++).toString(36)}`);
      },
    },
  ];
}
