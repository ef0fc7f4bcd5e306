import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
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

/** `column && values`: the array column shares at least one of the values. */
export const overlaps = (column: AnyColumn, values: readonly string[]) => sql`${column} && ${textArray(values)}`;
