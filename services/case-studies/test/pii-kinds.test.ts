import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PII_KINDS } from '@portal/platform';

it('names in the GraphQL enum PiiKind exactly the kinds the personal-data screen reports', () => {
  const schema = readFileSync(new URL('../src/schema.graphql', import.meta.url), 'utf8');
  const values = /enum PiiKind \{([^}]*)\}/.exec(schema)![1]!.trim().split(/\s+/);
  expect(values).toEqual([...PII_KINDS]);
});
