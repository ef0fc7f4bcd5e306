/**
 * Small-cell protection of published figures: a threshold on contributors, with secondary
 * suppression over every relation a reader can use.
 *
 * A table is a set of cells and of relations between them: "total = sum of parts", as a
 * reader can work them out from what is published (a survey's responses nationwide and by
 * prefecture; a prefecture's reports per month and in all). A cell has a value (responses,
 * reports: what is published, additive over a relation) and contributors (the distinct
 * coordinators behind the value; as many as the value when each contributes once). Some
 * cells are hidden: never published, but part of a relation (respondents of unknown
 * prefecture; the answers that did not choose an option).
 *
 * Threshold. A value is published only when at least k + 1 contributors stand behind it:
 * k besides any one of them. A contributor who watches a cell while adding to it, and
 * subtracts their own part, still finds a group of at least k. Cells with 1 to k
 * contributors are withheld (primary suppression); 0 is published as it is. The rule is on
 * contributors, never rows: one coordinator filing many reports is one contributor.
 *
 * Secondary suppression. Withholding a cell protects nothing if a reader can work it out
 * from a relation whose total is published. Take such a relation and its unknown parts U —
 * its withheld parts and its hidden parts, except parts that are 0 (we assume the reader may
 * know that) — with n = |U|, S = the sum of their values, which the reader knows (the total
 * minus the published parts), and C = the contributors of all of U together. If U holds a
 * cell that needs protecting (a withheld cell, or a sensitive hidden cell with 1 to k
 * contributors), we require
 *
 *   n ≥ 2,  S ≥ n + 1,  C ≥ k + 1.
 *
 * Why that suffices: every part in U is at least 1 (a withheld part is never 0, and U has
 * no zeros), so all the reader learns about a part x in U is 1 ≤ x ≤ S − (n − 1), and any
 * value in that range is possible (the other parts can take up the rest). With S ≥ n + 1
 * the range holds at least two values, so no part is determined, and a contributor inside U
 * who subtracts their own part still leaves every other part undetermined. The parts
 * together are a known group, so it must pass the threshold like a cell: C ≥ k + 1. When a
 * relation falls short, its smallest published non-zero part is withheld as well (one more
 * unknown part, at least k + 1 contributors, so the loop ends); when no part is left, the
 * total is withheld.
 *
 * The other way round, a withheld total is the sum of its parts, so it needs at least one
 * unknown part: the reader then knows only total = (published parts) + (unknown parts),
 * where the unknown parts have no upper bound, so neither is determined. A hidden part that
 * is 0 is unknown too when a reader cannot know it is 0 (how many skipped an optional
 * question). If all its parts are known, the smallest published non-zero part is withheld.
 *
 * A cell withheld for one relation may appear in others, which are then checked again,
 * until every relation satisfies its rule; cells are only ever added, so this ends.
 *
 * Every figure is computed once, on one table holding every cell that any caller may see
 * (see the releases that use this), and each caller sees a subset of it: comparing what two
 * callers see, or a total with its parts, gives nothing that the table's own relations do
 * not, and those are protected above. Time is cut into fixed, closed buckets for the same
 * reason: a window is a set of buckets, never a new table.
 *
 * What this does not claim: a reader combining several relations at once (linear
 * programming over a whole table) may narrow a withheld cell further than one relation
 * does; the adversary property tests search for such derivations with a reader of their own.
 */

export interface Cell {
  /** What is published: responses, reports. */
  value: number;
  /**
   * Who stands behind the value: how many distinct contributors (default: as many as the
   * value), or their ids where the parts of a relation may share contributors.
   */
  contributors?: number | ReadonlySet<string>;
  /** Never published: a remainder or complement that a reader can only infer. */
  hidden?: boolean;
  /** For a hidden cell: whether a group of 1 to k contributors must not be inferable either. */
  sensitive?: boolean;
  /**
   * For a hidden cell: whether a reader could know it is 0 when it is (nobody skipped a
   * required question). Unless false, a zero hidden cell counts as known.
   */
  zeroKnown?: boolean;
}

/** `total` = the sum of `parts` (cell indexes). */
export interface Relation {
  total: number;
  parts: readonly number[];
}

/** What a report shows of a cell. */
export interface PublishedCount {
  count: number | null;
  suppressed: boolean;
}

export const DEFAULT_SMALL_CELL_K = 5;

/** Distinct contributors behind a cell. */
export const contributorCount = (cell: Cell): number =>
  cell.contributors === undefined ? cell.value : typeof cell.contributors === 'number' ? cell.contributors : cell.contributors.size;

/** From 1 to k contributors: too few to publish (k besides any one of them are needed). */
export const isSmall = (contributors: number, k: number) => contributors >= 1 && contributors <= k;

/** Contributors of several cells together: their ids united where every cell has them, else a sum (disjoint groups). */
function unitedContributors(cells: readonly Cell[]): number {
  if (cells.every((cell) => typeof cell.contributors === 'object')) {
    const ids = new Set<string>();
    for (const cell of cells) for (const id of cell.contributors as ReadonlySet<string>) ids.add(id);
    return ids.size;
  }
  return cells.reduce((sum, cell) => sum + contributorCount(cell), 0);
}

/** A figure no published total relates to: primary suppression only. */
export const publishCount = (value: number, contributors: number, k: number): PublishedCount =>
  isSmall(contributors, k) ? { count: null, suppressed: true } : { count: value, suppressed: false };

/** Which cells are withheld (hidden cells always are) so that the rule above holds for every relation. */
export function withheldCells(cells: readonly Cell[], relations: readonly Relation[], k: number): boolean[] {
  const small = (i: number) => isSmall(contributorCount(cells[i]!), k);
  const withheld = cells.map((cell, i) => cell.hidden === true || small(i));
  const needsProtection = (i: number) => !cells[i]!.hidden || (cells[i]!.sensitive === true && small(i));

  const smallestPublishedPart = (relation: Relation) => {
    let smallest: number | undefined;
    for (const p of relation.parts) {
      if (!withheld[p] && cells[p]!.value > 0 && (smallest === undefined || cells[p]!.value < cells[smallest]!.value)) smallest = p;
    }
    return smallest;
  };

  /** The cell to withhold next for this relation, if it falls short. */
  function shortfall(relation: Relation): number | undefined {
    const unknown = relation.parts.filter((p) => withheld[p] && cells[p]!.value > 0);
    if (withheld[relation.total]) {
      const open = unknown.length > 0 || relation.parts.some((p) => cells[p]!.hidden && cells[p]!.zeroKnown === false);
      return !open && needsProtection(relation.total) ? smallestPublishedPart(relation) : undefined;
    }
    if (!unknown.some(needsProtection)) return undefined;
    const sum = unknown.reduce((s, p) => s + cells[p]!.value, 0);
    const contributors = unitedContributors(unknown.map((p) => cells[p]!));
    if (unknown.length >= 2 && sum >= unknown.length + 1 && !isSmall(contributors, k)) return undefined;
    return smallestPublishedPart(relation) ?? relation.total;
  }

  const relationsOf: number[][] = cells.map(() => []);
  relations.forEach((relation, r) => {
    for (const cell of new Set([relation.total, ...relation.parts])) relationsOf[cell]!.push(r);
  });
  // A worklist: a newly withheld cell puts every relation it takes part in back in line.
  const queue = relations.map((_, r) => r);
  const queued = relations.map(() => true);
  while (queue.length > 0) {
    const r = queue.shift()!;
    queued[r] = false;
    const cell = shortfall(relations[r]!);
    if (cell === undefined) continue;
    withheld[cell] = true;
    for (const other of relationsOf[cell]!) {
      if (!queued[other]) {
        queued[other] = true;
        queue.push(other);
      }
    }
  }
  return withheld;
}

/** Builds a table cell by cell, then publishes it with the protection above. */
export function createTable() {
  const cells: Cell[] = [];
  const relations: Relation[] = [];
  return {
    cell(value: number, contributors?: Cell['contributors']): number {
      return cells.push({ value, contributors }) - 1;
    },
    hidden(value: number, options: { sensitive: boolean; zeroKnown?: boolean; contributors?: Cell['contributors'] }): number {
      return cells.push({ value, hidden: true, sensitive: options.sensitive, zeroKnown: options.zeroKnown ?? true, contributors: options.contributors }) - 1;
    },
    /** Records that `total` is the sum of `parts`, as a reader could tell. */
    sum(total: number, parts: readonly number[]): void {
      relations.push({ total, parts });
    },
    publish(k: number): (cell: number) => PublishedCount {
      const withheld = withheldCells(cells, relations, k);
      return (cell) => (withheld[cell] ? { count: null, suppressed: true } : { count: cells[cell]!.value, suppressed: false });
    },
  };
}

export type Table = ReturnType<typeof createTable>;

/** A figure made of published figures only: withheld as soon as one of them is. */
export function sumOfPublished(parts: readonly PublishedCount[]): PublishedCount {
  if (parts.some((p) => p.suppressed)) return { count: null, suppressed: true };
  return { count: parts.reduce((s, p) => s + (p.count ?? 0), 0), suppressed: false };
}
