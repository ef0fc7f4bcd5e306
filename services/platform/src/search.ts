import { and, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { bigrams, likePattern, searchTerms } from './text';

/**
 * Every term of `query` must occur in the normalised `text` column; terms of two or more
 * characters are first narrowed through the `grams` column's GIN index.
 */
export function matchesEveryTerm(grams: AnyColumn, text: AnyColumn, query: string): SQL | undefined {
  const terms = searchTerms(query);
  if (terms.length === 0) return undefined;
  return and(
    ...terms.map((term) => {
      const contains = sql`${text} like ${likePattern(term)}`;
      const termGrams = bigrams(term);
      return termGrams.length > 0 ? and(sql`${grams} @> ${textArray(termGrams)}`, contains)! : contains;
    }),
  );
}

/** A text[] parameter; postgres.js sends a JavaScript array as one array value. */
export const textArray = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;

/**
 * An array parameter of Postgres type `type`[], e.g. a column for `unnest`. It travels as
 * text[] and is cast on the server: postgres.js cannot serialise every array type itself
 * (timestamptz[] among them). Nulls stay null.
 */
export const typedArray = (values: readonly (string | number | null | undefined)[], type: string) => sql`${sql.param(values)}::text[]::${sql.raw(type)}[]`;

/** `column && values`: the array column shares at least one of the values. */
export const overlaps = (column: AnyColumn, values: readonly string[]) => sql`${column} && ${textArray(values)}`;

/**
 * A page's columns plus `total`: the count of every row its filter matches when `count` is
 * given (an uncorrelated subquery that Postgres runs once, so a page and its total cost one
 * statement instead of two), else null.
 */
export function withTotal<Columns extends Record<string, unknown>>(columns: Columns, count?: SQLWrapper) {
  return { ...columns, total: sql<number | null>`${count ? sql`(${count})` : sql`null`}`.mapWith(Number) };
}
