import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { inSpan, tracingEnabled } from './tracing';

type Resolver = (source: unknown, args: unknown, context: unknown, info: unknown) => unknown;

/**
 * A span around every root field's resolver (`Query.coordinators`, `Mutation.answerSurvey`):
 * deep enough to see which field of an operation took the time, and its statements inside
 * it, without a span for every scalar. Resolver maps are returned unchanged when tracing is off.
 */
export function traceRootResolvers<Ctx>(resolvers: GraphQLResolverMap<Ctx>): GraphQLResolverMap<Ctx> {
  if (!tracingEnabled()) return resolvers;
  const traced = { ...resolvers } as Record<string, unknown>;
  for (const type of ['Query', 'Mutation']) {
    const fields = resolvers[type] as Record<string, unknown> | undefined;
    if (!fields) continue;
    traced[type] = Object.fromEntries(
      Object.entries(fields).map(([field, resolve]) => [
        field,
        typeof resolve === 'function'
          ? (...args: Parameters<Resolver>) => inSpan(`graphql.resolve ${type}.${field}`, { attributes: { 'graphql.field.path': `${type}.${field}` } }, () => (resolve as Resolver)(...args))
          : resolve,
      ]),
    );
  }
  return traced as GraphQLResolverMap<Ctx>;
}
