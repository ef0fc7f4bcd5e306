import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

const MESSAGE = 'This part of the portal is unavailable at the moment; please try again shortly';

type Fragments = Map<string, FragmentDefinitionNode>;

/**
 * The response names a selection set fills for an object of type `typename` (every type when
 * absent), through inline fragments and fragment spreads, without meta fields.
 */
function responseNames(set: SelectionSetNode | undefined, fragments: Fragments, typename?: string, names = new Set<string>()): Set<string> {
  const applies = (condition: string | undefined) => !typename || !condition || condition === typename;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const name = (selection.alias ?? selection.name).value;
      if (!name.startsWith('__')) names.add(name);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition?.name.value)) responseNames(selection.selectionSet, fragments, typename, names);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && applies(fragment.typeCondition.name.value)) responseNames(fragment.selectionSet, fragments, typename, names);
    }
  }
  return names;
}

/**
 * What the gateway gets from a subgraph that gave no usable answer: an error at every path
 * the call was to fill, so that exactly those fields become null and the rest of the
 * operation stands. A call for root fields fills those fields; an entity call
 * (`_entities`) fills the selected fields of each entity it was given, at
 * `_entities.<i>.<field>`, which the gateway turns into the entity's place in the response
 * (`coordinator.endorsedPartners`).
 */
export function unavailableResponse(document: DocumentNode, variables: Record<string, unknown> | undefined): { errors: GraphQLFormattedError[] } {
  const fragments: Fragments = new Map();
  let root: SelectionSetNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) root ??= definition.selectionSet;
  }
  const error = (path: (string | number)[]): GraphQLFormattedError => ({ message: MESSAGE, path, extensions: { code: SUBGRAPH_UNAVAILABLE } });

  const entities = root?.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const representations = variables?.representations;
  if (entities?.kind === Kind.FIELD && Array.isArray(representations)) {
    return {
      errors: representations.flatMap((representation: { __typename?: string }, index) => {
        const fields = [...responseNames(entities.selectionSet, fragments, representation?.__typename)];
        // A type condition this cannot match (an interface, say): the whole entity is missing.
        return fields.length ? fields.map((field) => error(['_entities', index, field])) : [error(['_entities', index])];
      }),
    };
  }
  return { errors: [...responseNames(root, fragments)].map((field) => error([field])) };
}
