import { readFileSync } from 'node:fs';
import { Kind, parse, print, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { portalOperations, supergraphApiSchema } from '../../scripts/lib/operations';
import { pathologicalShapes } from '../../scripts/lib/pathological-operations';
import { DEFAULT_LIMITS, operationLimitRules } from '../src/limits';
import { useGateway } from './helpers';

// The gateway with the limits it has when nothing is configured.
const gateway = useGateway({ limits: { ...DEFAULT_LIMITS, bodyBytes: 102_400 } });
const token = () => gateway.token({ sub: 'idp|c-1', roles: ['COORDINATOR'] });
const shapes = pathologicalShapes(DEFAULT_LIMITS);
const refusal = (...messages: string[]) => ({
  status: 400,
  errors: messages.map((message) => ({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
});
async function ask(query: string) {
  const response = await gateway.post({ query }, { token: await token() });
  // Locations point into the caller's own document; they say nothing about the limit.
  return { status: response.status, errors: response.body.errors?.map(({ locations: _, ...error }: any) => error) };
}

describe('the portal operation set within the default limits', () => {
  const schema = supergraphApiSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  // Margin: every operation of the contract still passes with one level of depth less, a
  // quarter of the cost, aliases and directives, and a tenth of the tokens.
  const withMargin = operationLimitRules({
    depth: DEFAULT_LIMITS.depth - 1,
    cost: DEFAULT_LIMITS.cost / 4,
    aliases: DEFAULT_LIMITS.aliases / 4,
    directives: DEFAULT_LIMITS.directives / 4,
  });
  for (const [name, operation] of portalOperations()) {
    it(`${name} passes with margin`, () => {
      const text = print(operation);
      const document = parse(text, { maxTokens: DEFAULT_LIMITS.tokens / 10 });
      expect(validate(schema, document, [...specifiedRules, withMargin]).map((error) => error.message)).toEqual([]);
    });
  }

  it('measures them: the deepest and costliest operation fails a tighter limit', () => {
    const directorySearch = { kind: Kind.DOCUMENT, definitions: [portalOperations().get('DirectorySearch')!] } as const;
    const tighter = operationLimitRules({ depth: 4, cost: 100, aliases: 0, directives: 0 });
    expect(validate(schema, directorySearch, [tighter]).map((error) => error.message)).toEqual([
      'Query Cost limit of 100 exceeded, found 127.0625.',
      'Query depth limit of 4 exceeded, found 5.',
    ]);
  });
});

describe('pathological operations are refused with 400 and a message naming the limit', () => {
  it('fragment fan-out: 40 fragments, each spreading the previous one twice', async () => {
    expect(await ask(shapes.fragmentFanOut)).toEqual(refusal('Query Cost limit of 600 exceeded, found 63417180295732104.'));
  });

  it('fragment cycles, also with a fan-out', async () => {
    expect(await ask(shapes.fragmentCycle)).toEqual(refusal('Cannot spread fragment "A" within itself via "B".'));
    expect(await ask(shapes.fragmentCycleFanOut)).toEqual(refusal('Query Cost limit of 600 exceeded, found 20403788442974680.'));
  });

  it(`alias overload: ${DEFAULT_LIMITS.aliases} aliases are served, one more is refused`, async () => {
    expect(await ask(shapes.aliases(DEFAULT_LIMITS.aliases))).toEqual({ status: 200, errors: undefined });
    expect(await ask(shapes.aliases(DEFAULT_LIMITS.aliases + 1))).toEqual(refusal('Aliases limit of 20 exceeded, found 21.'));
  });

  it(`directive overload: ${DEFAULT_LIMITS.directives} directives are served, one more is refused`, async () => {
    expect(await ask(shapes.directives(DEFAULT_LIMITS.directives))).toEqual({ status: 200, errors: undefined });
    expect(await ask(shapes.directives(DEFAULT_LIMITS.directives + 1))).toEqual(refusal('Directives limit of 10 exceeded, found 11.'));
  });

  it('cost bomb: twenty aliases of the deepest chain of unpaginated lists the depth limit allows', async () => {
    expect(await ask(shapes.costBomb)).toEqual(refusal('Query Cost limit of 600 exceeded, found 679.375.'));
  });

  it('depth bomb: the cyclic query nested ten fields deep, alone and twenty times over', async () => {
    expect(await ask(shapes.depthBomb)).toEqual(refusal('Query depth limit of 6 exceeded, found 10.'));
    expect(await ask(shapes.aliasedDepthBomb)).toEqual(refusal('Query Cost limit of 600 exceeded, found 3764.3359375.', 'Query depth limit of 6 exceeded, found 10.'));
  });

  it('a refused operation is not examined further: its other faults go unreported', async () => {
    expect(await ask(shapes.unknownDirectives)).toEqual(refusal('Directives limit of 10 exceeded, found 200.'));
  });
});

describe('GATEWAY_LIMITS=off, the benchmark\'s measure of what the limits cost', () => {
  const tight = { windowSeconds: 60, perIp: 2, queriesPerSubject: 2, writesPerSubject: 2 };
  const unlimited = useGateway({ limits: { ...DEFAULT_LIMITS, bodyBytes: 102_400 }, rateLimits: tight, enforceLimits: false });

  it('serves what the limits refuse, as often as it is asked', async () => {
    const token = await unlimited.token({ sub: 'idp|c-2', roles: ['COORDINATOR'] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await unlimited.post({ query: shapes.aliases(DEFAULT_LIMITS.aliases + 1) }, { token });
      statuses.push(response.status);
      expect(response.body.errors).toBeUndefined();
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
  });
});
