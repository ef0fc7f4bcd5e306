/**
 * Operations an attacker with an ordinary token sends to make the gateway work: each is a
 * few hundred bytes. The gateway must refuse them while validating; its tests check the
 * answers and `scripts/bench-limits.ts` the CPU time each refusal costs.
 */
export interface Limits {
  depth: number;
  aliases: number;
  directives: number;
}

/** `endorsedPartners { endorsedBy { … } }` nested `lists` times around `id`: unpaginated lists, each multiplying the rows. */
const endorsementChain = (lists: number): string =>
  lists === 0 ? 'id' : `${lists % 2 ? 'endorsedPartners' : 'endorsedBy'} { ${endorsementChain(lists - 1)} }`;

/** The coordinator's endorsement chain reaching `depth` fields (`me` and `id` included). */
const cyclic = (depth: number) => `me { ${endorsementChain(depth - 2)} }`;

const aliased = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;

/** Fragments F1…Fn, each spreading the previous one twice: 2^n fields once expanded. */
function fanOut(n: number): string {
  const fragments = ['fragment F0 on Coordinator { id name }'];
  for (let i = 1; i <= n; i++) fragments.push(`fragment F${i} on Coordinator { ...F${i - 1} ...F${i - 1} }`);
  return `{ me { ...F${n} } } ${fragments.join(' ')}`;
}

/** The same fan-out closed into a cycle: the last fragment spreads the first. */
function cyclicFanOut(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Coordinator { id ...F${(i + 1) % n} ...F${(i + 1) % n} }`);
  return `{ me { ...F0 } } ${fragments.join(' ')}`;
}

export function pathologicalShapes(limits: Limits) {
  return {
    fragmentFanOut: fanOut(40),
    fragmentCycle: '{ me { ...A } } fragment A on Coordinator { id ...B } fragment B on Coordinator { name ...A }',
    fragmentCycleFanOut: cyclicFanOut(40),
    aliases: (count: number) => aliased(count, 'me { id }'),
    directives: (count: number) => `{ me { ${'... @include(if: true) { id } '.repeat(count)}} }`,
    /** Within the depth and alias limits, refused only by its cost. */
    costBomb: aliased(limits.aliases, cyclic(limits.depth)),
    depthBomb: `{ ${cyclic(10)} }`,
    aliasedDepthBomb: aliased(limits.aliases, cyclic(10)),
    /** Directives that do not exist, far more than allowed: refused before anyone looks them up. */
    unknownDirectives: `{ me { id ${'@a '.repeat(200)}} }`,
    /** One field asked 240 times: graphql-js compares every pair before merging them. */
    repeatedFields: `{ ${'me { id } '.repeat(240)}}`,
  };
}
