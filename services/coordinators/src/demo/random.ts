/** mulberry32: a tiny seeded PRNG, so demo data is the same on every run and machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof randomFor>;

/** A generator of its own for each demo row, so row n is the same whatever the count. */
export function randomFor(n: number, salt = 0x5eed) {
  const next = mulberry32(Math.imul(n ^ salt, 0x9e3779b1));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const weighted = <T>(list: readonly T[], weightOf: (item: T) => number): T => {
    const total = list.reduce((sum, item) => sum + weightOf(item), 0);
    let x = next() * total;
    for (const item of list) {
      x -= weightOf(item);
      if (x < 0) return item;
    }
    return list[list.length - 1]!;
  };
  /** Up to k distinct items, drawn by weight without replacement. */
  const sample = <T>(list: readonly T[], k: number, weightOf: (item: T) => number = () => 1): T[] => {
    const left = [...list];
    const chosen: T[] = [];
    while (chosen.length < k && left.length > 0) {
      const item = weighted(left, weightOf);
      chosen.push(item);
      left.splice(left.indexOf(item), 1);
    }
    return chosen;
  };
  const digits = (length: number) => Array.from({ length }, () => int(0, 9)).join('');
  return { next, int, pick, chance, weighted, sample, digits };
}
