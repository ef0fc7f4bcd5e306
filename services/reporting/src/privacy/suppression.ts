/**
 * Small-cell protection of published counts (k-threshold rule with secondary suppression).
 *
 * A table is a set of cells (counts) and of relations between them: "total = sum of parts",
 * as a reader can work them out from what a report publishes, e.g. a survey's total
 * responses and its responses by prefecture. Some cells are hidden: never published, but
 * part of a relation (the respondents of unknown prefecture; for a multiple-choice option,
 * the answers that did not choose it).
 *
 * Primary suppression: a published cell from 1 to k−1 is withheld (0 and k or more are
 * published as they are).
 *
 * Secondary suppression: withholding a cell protects nothing if a reader can work it out
 * from a relation whose total is published. Take such a relation and its unknown parts U —
 * its withheld parts and its hidden parts, except hidden parts that are 0 (we assume the
 * reader may know that) — with n = |U| and S = their sum, which the reader knows (the total
 * minus the published parts). If U holds a cell that needs protecting (a withheld cell, or a
 * hidden cell from 1 to k−1), we require
 *
 *   n ≥ 2,  S ≥ k,  S ≥ n + 1.
 *
 * Why that suffices: every part in U is at least 1 (a withheld cell is never 0, and U has no
 * zeros), so all the reader learns about a part x in U is 1 ≤ x ≤ S − (n − 1), and any value
 * in that range is possible (the other parts can take up the rest). With S ≥ n + 1 the range
 * holds at least the two values 1 and 2, so no part is determined; with S ≥ k the parts
 * together are no small cell either. When a relation falls short, the smallest published
 * non-zero part is withheld as well (it is at least k, so one more part raises S − n by at
 * least k − 1 ≥ 1 and the loop ends); when no part is left, the total is withheld.
 *
 * The other way round, a withheld total is the sum of its parts, so it needs at least one
 * unknown part: the reader then knows only total = (published parts) + (unknown parts),
 * where the unknown parts have no upper bound, so neither the total nor any unknown part is
 * determined. Here a hidden part that is 0 is unknown too when a reader cannot know it is 0
 * (how many skipped an optional question). If all its parts are known, the smallest
 * published non-zero part is withheld too.
 *
 * A cell withheld for one relation may appear in others, which are then checked again,
 * until every relation satisfies its rule; cells are only ever added, so this ends.
 *
 * What this does not claim: a reader combining several relations at once (linear
 * programming over a whole table) may narrow a withheld cell further than one relation
 * does; and counts published for different time windows can be differenced.
 */

export interface Cell {
  value: number;
  /** Never published: a remainder or complement that a reader can only infer. */
  hidden?: boolean;
  /** For a hidden cell: whether a value from 1 to k−1 must not be inferable either. */
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

/** From 1 to k−1: a count too small to publish. */
export const isSmall = (value: number, k: number) => value >= 1 && value < k;

/** A count with primary suppression only, for cells that no published total relates. */
export const publishCount = (value: number, k: number): PublishedCount =>
  isSmall(value, k) ? { count: null, suppressed: true } : { count: value, suppressed: false };

/** Which cells are withheld (hidden cells always are) so that the rule above holds for every relation. */
export function withheldCells(cells: readonly Cell[], relations: readonly Relation[], k: number): boolean[] {
  const withheld = cells.map((cell) => cell.hidden === true || isSmall(cell.value, k));
  const needsProtection = (i: number) => !cells[i]!.hidden || (cells[i]!.sensitive === true && isSmall(cells[i]!.value, k));

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
      // A withheld total is the sum of its parts: it takes one unknown part to keep it unknown.
      const open = unknown.length > 0 || relation.parts.some((p) => cells[p]!.hidden && cells[p]!.zeroKnown === false);
      return !open && needsProtection(relation.total) ? smallestPublishedPart(relation) : undefined;
    }
    if (!unknown.some(needsProtection)) return undefined;
    const sum = unknown.reduce((s, p) => s + cells[p]!.value, 0);
    if (unknown.length >= 2 && sum >= k && sum >= unknown.length + 1) return undefined;
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
    cell(value: number): number {
      return cells.push({ value }) - 1;
    },
    hidden(value: number, { sensitive, zeroKnown = true }: { sensitive: boolean; zeroKnown?: boolean }): number {
      return cells.push({ value, hidden: true, sensitive, zeroKnown }) - 1;
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

/**
 * One breakdown: `parts` of a `total`, any difference being a hidden (sensitive)
 * remainder. The building block of reports, and what the property tests exercise.
 */
export function protectBreakdown(total: number, parts: readonly number[], k: number): { total: PublishedCount; parts: PublishedCount[] } {
  const table = createTable();
  const totalCell = table.cell(total);
  const partCells = parts.map((value) => table.cell(value));
  const remainder = total - parts.reduce((s, v) => s + v, 0);
  table.sum(totalCell, remainder > 0 ? [...partCells, table.hidden(remainder, { sensitive: true })] : partCells);
  const published = table.publish(k);
  return { total: published(totalCell), parts: partCells.map(published) };
}
