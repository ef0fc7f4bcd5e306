/**
 * Small-cell protection of published figures: a threshold on contributors, and areas (or
 * periods) published as a nested tree whose every remainder passes the threshold too.
 *
 * Threshold. A figure about people is published only when it is 0 or at least k + 1
 * contributors stand behind it: k besides any one of them. A contributor who watches a
 * figure while adding to it, and subtracts their own part, still finds a group of at least
 * k. The rule is on contributors, never rows: one coordinator filing many reports is one
 * contributor.
 *
 * Trees. Figures are published for the nodes of a tree — the country, its regions, its
 * prefectures; a fiscal year and its months — each node with the same measures (how many
 * responded, answered, chose an option…). A reader who knows a node and the published nodes
 * below it knows their difference, the node's remainder: the leaves no published node below
 * covers. Indeed, everything a reader can work out by adding and subtracting published
 * figures of nested nodes is a union of such remainders (the indicator vectors of a nested
 * family span exactly the unions of its remainders). So we publish a node only when every
 * measure of it passes the threshold, and we keep every remainder passing it too: when one
 * does not, the smallest published node below is withheld as well, which merges it into the
 * remainder; with none left, the remainder is the node itself, which passes. A node is
 * withheld whole, with all its measures, so that what is known of the areas is the same for
 * every measure (see survey-release.ts for why that matters), and no published figure is
 * ever added up from a withheld one.
 *
 * Every figure is computed once, on one release holding every node that any caller may see,
 * and each caller sees a part of it: comparing what two callers see, or a total with its
 * parts, gives nothing beyond the remainders. Time is cut into fixed, closed periods for the
 * same reason, and released once it is over: a window is a set of periods, never a new
 * figure, and nobody can add to a period that is published.
 *
 * The adversary property tests search for anything more with a reader of their own.
 */

/** One measure of a node: its value, and the distinct contributors behind it. */
export interface Measure {
  value: number;
  /** How many distinct contributors, or their ids where leaves may share contributors. */
  contributors: number | ReadonlySet<string>;
}

/** What a report shows of a figure. */
export interface PublishedCount {
  count: number | null;
  suppressed: boolean;
}

export const DEFAULT_SMALL_CELL_K = 5;

export const WITHHELD: PublishedCount = { count: null, suppressed: true };

const contributorCount = (measure: Measure) => (typeof measure.contributors === 'number' ? measure.contributors : measure.contributors.size);

/** From 1 to k contributors: too few to publish (k besides any one of them are needed). */
export const isSmall = (contributors: number, k: number) => contributors >= 1 && contributors <= k;

/** A measure that may be published: nobody, or more than k. */
const passes = (measure: Measure, k: number) => measure.value === 0 || !isSmall(contributorCount(measure), k);

/** Whether every measure of a figure may be published by the threshold alone. */
export const passesThreshold = (measures: readonly Measure[], k: number) => measures.every((m) => passes(m, k));

/** A figure published on its own: the threshold alone. */
export const publishCount = (value: number, contributors: number, k: number): PublishedCount =>
  passes({ value, contributors }, k) ? { count: value, suppressed: false } : WITHHELD;

/** A figure made of published figures only: withheld as soon as one of them is. */
export function sumOfPublished(parts: readonly PublishedCount[]): PublishedCount {
  if (parts.some((p) => p.suppressed)) return WITHHELD;
  return { count: parts.reduce((s, p) => s + (p.count ?? 0), 0), suppressed: false };
}

/** Measures of several nodes together: values added, contributors united where ids are known. */
export function addMeasures(parts: readonly (readonly Measure[])[], size: number): Measure[] {
  return Array.from({ length: size }, (_, i) => {
    const measures = parts.map((p) => p[i]!);
    const value = measures.reduce((s, m) => s + m.value, 0);
    if (measures.length > 0 && measures.every((m) => typeof m.contributors === 'object')) {
      const ids = new Set<string>();
      for (const m of measures) for (const id of m.contributors as ReadonlySet<string>) ids.add(id);
      return { value, contributors: ids };
    }
    return { value, contributors: measures.reduce((s, m) => s + contributorCount(m), 0) };
  });
}

/** A node of a release tree: a leaf carries measures, an inner node is the sum of its children. */
export interface TreeNode {
  key: string;
  children: readonly TreeNode[];
  /** Leaves only. */
  measures?: readonly Measure[];
  /** False for a node no caller sees (respondents of unknown prefecture). */
  publishable: boolean;
}

export interface TreeRelease {
  isPublished(key: string): boolean;
  /** Every node's measures, published or not (for the caller to show the published ones). */
  measures(key: string): readonly Measure[];
}

/**
 * Which nodes of the tree are published, so that every published node and every remainder
 * passes the threshold (see above). `settled` fixes nodes decided by another tree that
 * shares them: true, published and never withheld here; false, never published here, nor
 * left to be added up from the nodes published below it.
 */
export function releaseTree(root: TreeNode, size: number, k: number, settled: ReadonlyMap<string, boolean> = new Map()): TreeRelease {
  const measures = new Map<string, readonly Measure[]>();
  const all: TreeNode[] = [];
  const measure = (node: TreeNode): readonly Measure[] => {
    all.push(node);
    const own = node.children.length === 0 ? (node.measures ?? []) : addMeasures(node.children.map(measure), size);
    measures.set(node.key, own);
    return own;
  };
  measure(root);
  const safe = (list: readonly Measure[]) => passesThreshold(list, k);
  const published = new Set(all.filter((n) => settled.get(n.key) ?? (n.publishable && safe(measures.get(n.key)!))).map((n) => n.key));

  /** The published nodes right below `node`, looking through unpublished ones. */
  const publishedBelow = (node: TreeNode): TreeNode[] => node.children.flatMap((c) => (published.has(c.key) ? [c] : publishedBelow(c)));
  /** The leaves below `node` that no published node below it covers. */
  const remainder = (node: TreeNode): TreeNode[] =>
    node.children.flatMap((c) => (published.has(c.key) ? [] : c.children.length === 0 ? [c] : remainder(c)));
  const valueOf = (leaves: TreeNode[]) => leaves.reduce((s, leaf) => s + measures.get(leaf.key)![0]!.value, 0);
  /**
   * The node to withhold so that `node`'s remainder grows: among the published nodes right
   * below it, one that exposes reports of its own (not all covered further down), the
   * smallest; null when there is none.
   */
  const nextBelow = (node: TreeNode): TreeNode | null => {
    const candidates = publishedBelow(node).filter((c) => settled.get(c.key) !== true);
    const exposed = (c: TreeNode) => (c.children.length === 0 ? valueOf([c]) : valueOf(remainder(c)));
    const order = (c: TreeNode) => [exposed(c) > 0 ? 0 : 1, measures.get(c.key)![0]!.value];
    return candidates.sort((a, b) => order(a)[0]! - order(b)[0]! || order(a)[1]! - order(b)[1]!)[0] ?? null;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const node of all) {
      if (node.children.length === 0) continue;
      const rest = remainder(node);
      if (published.has(node.key)) {
        // A published node: its remainder is a group a reader knows.
        if (rest.length === 0 || safe(addMeasures(rest.map((leaf) => measures.get(leaf.key)!), size))) continue;
        published.delete(nextBelow(node)?.key ?? node.key);
        changed = true;
      } else if (settled.get(node.key) === false && valueOf(rest) === 0 && measures.get(node.key)![0]!.value > 0) {
        // Withheld by another tree that shares it: it must not be added up from below either.
        const next = nextBelow(node);
        if (next) {
          published.delete(next.key);
          changed = true;
        }
      }
    }
  }
  return { isPublished: (key) => published.has(key), measures: (key) => measures.get(key) ?? [] };
}
