// Japanese text search as people type it: full- and half-width forms are the same
// (NFKC), case does not matter, and words of two characters such as 医療 must match.
// Documents are indexed by their character bigrams (a GIN index on a text[] column);
// a term's bigrams narrow the rows, a substring test on the normalised text confirms.

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A search string as terms: normalised, split on any white space, empty terms dropped. */
export function searchTerms(text: string): string[] {
  return normalizeText(text)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/** The normalised text that a document's search matches against. */
export function searchDocument(parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => !!p)
    .map(normalizeText)
    .join('\n');
}

/** Distinct bigrams of a normalised text, never spanning white space (terms have none). */
export function bigrams(normalized: string): string[] {
  const chars = Array.from(normalized);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    if (!/\s/u.test(gram)) grams.add(gram);
  }
  return [...grams];
}

/** Escapes LIKE's wildcards so a term matches literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
