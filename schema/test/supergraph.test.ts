import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { contractExamples, operationProblems, portalOperations, supergraphApiSchema } from '../../scripts/lib/operations';

describe('the supergraph', () => {
  it('composes from the services without errors, and the committed file is current (npm run compose)', async () => {
    const composed = await composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed);
  });

  const schema = supergraphApiSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const operations = portalOperations();
  const examples = contractExamples();
  it('holds the 88 operations of the client contract', () => {
    expect(operations.size).toBe(88);
  });

  for (const [name, operation] of operations) {
    it(`validates ${name} and its example variables`, () => {
      expect(operationProblems(schema, operation, examples[name])).toEqual([]);
    });
  }
});
