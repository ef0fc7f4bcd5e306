import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { printSchema as printFederationSchema, Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  printSchema,
  Kind,
  TypeInfo,
  typeFromAST,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { composeSupergraph } from './compose';
import { portalOperations, supergraphApiSchema } from './operations';

/** A change a client or another service can notice: breaking, or dangerous (new enum values, defaults). */
export interface SchemaChange {
  /** `api` (what clients query) or `subgraph <name>` (one service's schema, deployed alone). */
  scope: string;
  level: 'BREAKING' | 'DANGEROUS';
  /** `<scope> <TYPE> <path>`: what an acknowledgement names. */
  key: string;
  message: string;
  /** Operations of the contract that use what changed. */
  operations: string[];
  acknowledged: boolean;
}

export interface Acknowledgement {
  change: string;
  reason: string;
}

export interface SchemaCheck {
  changes: SchemaChange[];
  /** Operations valid against the base that no longer validate, with graphql-js's reasons. */
  brokenOperations: { name: string; errors: string[] }[];
  /** Acknowledgements that match no change (left over from an earlier change). */
  unusedAcknowledgements: Acknowledgement[];
  /** Breaking changes nobody acknowledged and broken operations: either fails the check. */
  failed: boolean;
}

/**
 * What an operation touches: each `Type.field` it selects, each enum, scalar, union and
 * input type it reads or passes. A change at `path` concerns it when the path is one of
 * these or lies below one (an argument of a field, a value of an enum, a field of an input).
 */
export function operationCoordinates(schema: GraphQLSchema, operation: OperationDefinitionNode): Set<string> {
  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation] },
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        coordinates.add(`${parent.name}.${field.name}`);
        // An object type is reached through its fields: a change to it has a field's path.
        const type = getNamedType(field.type);
        if (!isObjectType(type) && !isInterfaceType(type)) coordinates.add(type.name);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as never);
        if (type) coordinates.add(getNamedType(type).name);
      },
      ObjectField() {
        const input = typeInfo.getParentInputType();
        if (input) coordinates.add(getNamedType(input).name);
      },
    }),
  );
  return coordinates;
}

const concerns = (path: string, coordinate: string) => path === coordinate || path.startsWith(`${coordinate}.`) || coordinate.startsWith(`${path}.`);

// graphql-inspector takes graphql as Node resolves it (CommonJS), while the test runner
// resolves this file's imports to graphql's ES module build: two copies, whose schemas do
// not mix. The schemas it compares are built from SDL with its own copy.
const inspectorGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

async function changesBetween(scope: string, baseSdl: string, nextSdl: string, uses: Map<string, Set<string>>): Promise<Omit<SchemaChange, 'acknowledged'>[]> {
  const changes = await diff(inspectorGraphql.buildSchema(baseSdl), inspectorGraphql.buildSchema(nextSdl));
  return changes
    .filter((change) => change.criticality.level !== CriticalityLevel.NonBreaking)
    .map((change) => ({
      scope,
      level: change.criticality.level === CriticalityLevel.Breaking ? 'BREAKING' : 'DANGEROUS',
      key: `${scope} ${change.type} ${change.path ?? ''}`.trim(),
      message: change.message,
      operations: change.path ? [...uses].filter(([, coordinates]) => [...coordinates].some((c) => concerns(change.path!, c))).map(([name]) => name) : [],
    }));
}

/** Each subgraph's own schema (SDL) as the supergraph records it, by subgraph name. */
function subgraphSchemas(supergraphSdl: string): Map<string, string> {
  const schemas = new Map<string, string>();
  for (const subgraph of Supergraph.build(supergraphSdl).subgraphs()) schemas.set(subgraph.name, printFederationSchema(subgraph.schema));
  return schemas;
}

/**
 * Compares a new supergraph with the base one: the API clients see (every breaking and
 * dangerous change, the contract's operations each concerns, the operations that stop
 * validating) and each subgraph's own schema, so that a service deployed before the others
 * breaks none of them. A breaking change passes only when acknowledged by its key.
 */
export async function checkSchema(input: {
  baseSupergraph: string;
  newSupergraph: string;
  operations: Map<string, OperationDefinitionNode>;
  acknowledged: Acknowledgement[];
}): Promise<SchemaCheck> {
  const baseApi = supergraphApiSchema(input.baseSupergraph);
  const newApi = supergraphApiSchema(input.newSupergraph);
  const uses = new Map<string, Set<string>>();
  const brokenOperations: SchemaCheck['brokenOperations'] = [];
  for (const [name, operation] of input.operations) {
    uses.set(name, operationCoordinates(baseApi, operation));
    const document = { kind: Kind.DOCUMENT, definitions: [operation] } as const;
    if (validate(baseApi, document).length) continue;
    const errors = validate(newApi, document).map((error) => error.message);
    if (errors.length) brokenOperations.push({ name, errors });
  }

  const found = await changesBetween('api', printSchema(baseApi), printSchema(newApi), uses);
  const baseSubgraphs = subgraphSchemas(input.baseSupergraph);
  const newSubgraphs = subgraphSchemas(input.newSupergraph);
  for (const [name, base] of baseSubgraphs) {
    const next = newSubgraphs.get(name);
    if (next) found.push(...(await changesBetween(`subgraph ${name}`, base, next, new Map())));
    else found.push({ scope: `subgraph ${name}`, level: 'BREAKING', key: `subgraph ${name} SUBGRAPH_REMOVED`, message: `Subgraph '${name}' was removed`, operations: [] });
  }

  const keys = new Set(input.acknowledged.map((entry) => entry.change));
  const changes = found.map((change) => ({ ...change, acknowledged: keys.has(change.key) }));
  const unacknowledged = changes.some((change) => change.level === 'BREAKING' && !change.acknowledged);
  // An operation of the contract that stops validating is a broken client, acknowledged or not:
  // the operation has to change with the schema.
  return {
    changes,
    brokenOperations,
    unusedAcknowledgements: input.acknowledged.filter((entry) => !changes.some((change) => change.key === entry.change)),
    failed: unacknowledged || brokenOperations.length > 0,
  };
}

/** The report for a terminal, one line per change. */
export function formatSchemaCheck(check: SchemaCheck, base: string): string {
  const lines: string[] = [];
  if (!check.changes.length && !check.brokenOperations.length) lines.push(`No breaking or dangerous change against ${base}.`);
  for (const change of check.changes) {
    const mark = change.level === 'DANGEROUS' ? 'dangerous' : change.acknowledged ? 'breaking (acknowledged)' : 'BREAKING';
    const operations = change.operations.length ? `; operations using it: ${change.operations.join(', ')}` : '';
    lines.push(`${mark}  [${change.key}] ${change.message}${operations}`);
  }
  for (const operation of check.brokenOperations) lines.push(`BROKEN OPERATION  ${operation.name}: ${operation.errors.join(' ')}`);
  for (const entry of check.unusedAcknowledgements) lines.push(`note: acknowledgement no longer needed: ${entry.change}`);
  if (check.failed) {
    lines.push(
      'Schema check failed: a breaking change must be acknowledged in schema/acknowledged-changes.json ({ "change": "<key in brackets>", "reason": "…" }), and every operation of schema/operations/ must still validate.',
    );
  }
  return lines.join('\n');
}

/** The breaking changes a reviewer accepted: `[{ "change": "<key>", "reason": "…" }]`. */
export const ACKNOWLEDGED_CHANGES_PATH = new URL('../../schema/acknowledged-changes.json', import.meta.url);

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The commit where this checkout left `ref` (changes merged into `ref` since are not its own), or null without one. */
export function mergeBase(ref: string): string | null {
  try {
    return git('merge-base', 'HEAD', ref).trim();
  } catch {
    return null;
  }
}

/** The services' schemas as composed now, checked against the supergraph committed at `base`. */
export async function checkAgainst(base: string): Promise<SchemaCheck> {
  return checkSchema({
    baseSupergraph: git('show', `${base}:schema/supergraph.graphql`),
    newSupergraph: await composeSupergraph(),
    operations: portalOperations(),
    acknowledged: JSON.parse(readFileSync(ACKNOWLEDGED_CHANGES_PATH, 'utf8')) as Acknowledgement[],
  });
}
