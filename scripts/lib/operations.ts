import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  coerceInputValue,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

const OPERATIONS_DIR = new URL('../../schema/operations/', import.meta.url);

/** The portal's operation set (a copy of the client contract), by operation name. */
export function portalOperations(): Map<string, OperationDefinitionNode> {
  const document = parse(readFileSync(new URL('portal.graphql', OPERATIONS_DIR), 'utf8'));
  const operations = new Map<string, OperationDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) operations.set(definition.name.value, definition);
  }
  return operations;
}

/** The text of one operation of the set, as a client sends it. */
export function operationText(name: string): string {
  const operation = portalOperations().get(name);
  if (!operation) throw new Error(`no operation ${name} in schema/operations/portal.graphql`);
  return print(operation);
}

export function contractExamples(): Record<string, Record<string, unknown>> {
  return JSON.parse(readFileSync(new URL('examples.json', OPERATIONS_DIR), 'utf8'));
}

/** What clients can ask for: the supergraph without its join types and @inaccessible elements. */
export const supergraphApiSchema = (supergraphSdl: string): GraphQLSchema =>
  // Through SDL: federation's own schema objects belong to its (CommonJS) copy of graphql.
  buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));

/** Problems of one operation against the schema: validation errors, then example variables that do not coerce. */
export function operationProblems(schema: GraphQLSchema, operation: OperationDefinitionNode, example: Record<string, unknown> = {}): string[] {
  const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [operation] }).map((e) => e.message);
  if (errors.length) return errors;
  const problems: string[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    if (!(name in example)) {
      if (isNonNullType(type)) problems.push(`no example for $${name}`);
      continue;
    }
    // Placeholders such as "<survey id>" stand for ids: any string fits an ID.
    coerceInputValue(example[name], type, (path, _value, error) => problems.push(`$${name}${path.length ? '.' + path.join('.') : ''}: ${error.message}`));
  }
  return problems;
}
