import { createHash } from 'node:crypto';

// Demo data is a pure function of its row number: every choice is a hash of the row and
// what is being chosen, so row n is the same on every run, machine and count.

/** A number in [0, 1) fixed by the parts. */
export function fraction(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 2 ** 32;
}

export const pick = <T>(list: readonly T[], ...parts: (string | number)[]): T => list[Math.floor(fraction(...parts) * list.length)]!;

export const chance = (p: number, ...parts: (string | number)[]) => fraction(...parts) < p;

/** Up to k items of the list, keeping the list's order. */
export function sample<T>(list: readonly T[], k: number, ...parts: (string | number)[]): T[] {
  const ranked = list.map((item, i) => ({ item, i, rank: fraction(...parts, i) }));
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map((r) => r.item);
}

/** Digits for a made-up phone number. */
export const digits = (length: number, ...parts: (string | number)[]) =>
  Array.from({ length }, (_, i) => Math.floor(fraction(...parts, 'digit', i) * 10)).join('');

/** A UUID (version 5 layout) fixed by the parts, so that demo rows can refer to each other. */
export function demoUuid(...parts: (string | number)[]): string {
  const hex = createHash('sha1').update(parts.join('|')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
