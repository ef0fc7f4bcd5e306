// A determined reader, written apart from the code that protects the figures: it knows
// only what was published and how figures relate to the people behind them. Every
// published figure is a linear equation over unknown "atoms" (the count of people, or of
// reports, in one finest cell); the reader also knows that counts are never negative, so a
// published 0 makes every atom in it 0. A group's count is derivable when its equation is a
// linear combination of what the reader knows — the differencing attacks of comparing two
// views, two windows, or a total with its parts.

const EPSILON = 1e-9;

export class Reader {
  /** Known rows, each reduced against the earlier ones, normalised to 1 at its pivot. */
  private readonly rows: { pivot: number; row: Float64Array }[] = [];
  readonly equations: { atoms: number[]; value: number }[] = [];

  constructor(readonly atoms: number) {}

  /** A published figure: the sum of `atoms` (with repeats) is `value`. */
  learn(atoms: readonly number[], value: number): void {
    this.equations.push({ atoms: [...atoms], value });
    if (value === 0) for (const atom of atoms) this.add(unit(this.atoms, atom));
    else this.add(vector(this.atoms, atoms));
  }

  /** Whether the sum of `atoms` follows from what the reader knows. */
  derives(atoms: readonly number[]): boolean {
    const residual = this.reduce(vector(this.atoms, atoms));
    return residual.every((x) => Math.abs(x) < EPSILON);
  }

  private reduce(row: Float64Array): Float64Array {
    for (const known of this.rows) {
      const factor = row[known.pivot]!;
      if (Math.abs(factor) < EPSILON) continue;
      for (let j = 0; j < row.length; j++) row[j]! -= factor * known.row[j]!;
    }
    return row;
  }

  private add(row: Float64Array): void {
    const reduced = this.reduce(row);
    let pivot = -1;
    for (let j = 0; j < reduced.length; j++) {
      if (Math.abs(reduced[j]!) > EPSILON) {
        pivot = j;
        break;
      }
    }
    if (pivot < 0) return;
    const scale = reduced[pivot]!;
    for (let j = 0; j < reduced.length; j++) reduced[j]! /= scale;
    this.rows.push({ pivot, row: reduced });
  }
}

function vector(size: number, atoms: readonly number[]): Float64Array {
  const row = new Float64Array(size);
  for (const atom of atoms) row[atom]! += 1;
  return row;
}

const unit = (size: number, atom: number) => vector(size, [atom]);

/** Every non-empty subset of `items`. */
export function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) all.push(items.filter((_, i) => mask & (1 << i)));
  return all;
}
