import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, visit, visitInParallel, type ValidationContext, type ValidationRule } from 'graphql';

export interface OperationLimits {
  /** Nested fields, fragments flattened (a spread adds no level). */
  depth: number;
  aliases: number;
  directives: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`. */
  cost: number;
  /** Lexical tokens of the document, counted by graphql-js while Apollo parses it. */
  tokens: number;
}

/**
 * The defaults (MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_COST, MAX_TOKENS). The portal's
 * operation set is at most depth 5, cost 127, 79 tokens, no alias or directive: every
 * operation fits within one level less and a quarter of the cost (gateway/test/limits.test.ts),
 * while twenty aliases of the deepest chain of unpaginated lists allowed
 * (`me { endorsedPartners { endorsedBy { … } } }`, cost 34 each) exceed the cost.
 */
export const DEFAULT_LIMITS: OperationLimits = { depth: 6, aliases: 20, directives: 10, cost: 600, tokens: 1000 };

/**
 * Validation rules refusing operations beyond the limits, from graphql-armor. Its rules
 * count each fragment once however often it is spread, so a document whose fragments
 * spread each other twice over costs them linear time. Tokens are limited by graphql-js's
 * own parser option (Apollo's `parseOptions.maxTokens`) rather than armor's, which would
 * parse every document a second time; field suggestions are hidden by Apollo's
 * `hideSchemaDetailsFromClientErrors` outside development.
 */
export function operationLimitRules(limits: Omit<OperationLimits, 'tokens'>): ValidationRule {
  const refused = new WeakSet<ValidationContext>();
  // armor prefixes its messages with "Syntax Error:" and reports BAD_USER_INPUT; Apollo marks
  // every validation error GRAPHQL_VALIDATION_FAILED, and the message names the limit.
  const onReject = [
    (context: ValidationContext | null, error: GraphQLError) => {
      if (!context) return;
      refused.add(context);
      context.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
    },
  ];
  const rejection = { exposeLimits: true, propagateOnRejection: false, onReject };
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, ...rejection },
    maxAliases: { n: limits.aliases, ...rejection },
    maxDirectives: { n: limits.directives, ...rejection },
    costLimit: { maxCost: limits.cost, flattenFragments: true, ...rejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();

  // Apollo runs these rules after graphql-js's own, in one walk of the document, and some
  // of those take 50-100 ms on a document of repeated fields (overlapping fields). So the
  // limits are checked as the walk enters the document, and a refused document is walked
  // no further: a rule that replaces the node it enters (here by null) makes graphql-js
  // skip that node's contents for every rule.
  return (context) => ({
    Document(document) {
      visit(document, visitInParallel(validationRules.map((rule) => rule(context))));
      return refused.has(context) ? null : undefined;
    },
  });
}
