import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { portalOperations } from '../../scripts/lib/operations';
import { checkAgainst, checkSchema, formatSchemaCheck, mergeBase } from '../../scripts/lib/schema-check';

// Fixtures: today's supergraph and edits of it, as a service's change would compose.
const base = readFileSync(SUPERGRAPH_PATH, 'utf8');
const operations = portalOperations();

function edited(from: string, to: string): string {
  expect(base).toContain(from);
  return base.replace(from, to);
}
/** The supergraph without one field (the line as written) and its description. */
function withoutField(field: string): string {
  const lines = base.split('\n');
  const at = lines.indexOf(field);
  expect(at).toBeGreaterThan(0);
  let start = at;
  if (lines[at - 1] === '  """') start = lines.lastIndexOf('  """', at - 2);
  else if (lines[at - 1]!.startsWith('  """')) start = at - 1;
  return [...lines.slice(0, start), ...lines.slice(at + 1)].join('\n');
}
const withoutMe = withoutField('  me: Coordinator @join__field(graph: COORDINATORS)');
// The first createdAt of the file is CaseStudy's, which no operation reads.
const withoutCreatedAt = withoutField('  createdAt: DateTime!');
const withCritical = edited('  URGENT @join__enumValue(graph: ANNOUNCEMENTS)\n', '  URGENT @join__enumValue(graph: ANNOUNCEMENTS)\n  CRITICAL @join__enumValue(graph: ANNOUNCEMENTS)\n');
const check = (newSupergraph: string, acknowledged: { change: string; reason: string }[] = []) =>
  checkSchema({ baseSupergraph: base, newSupergraph, operations, acknowledged });

describe('npm run schema:check', () => {
  it('finds nothing between a supergraph and itself', async () => {
    expect(await check(base)).toEqual({ changes: [], brokenOperations: [], unusedAcknowledgements: [], failed: false });
  });

  it('fails on a removed field, naming the operations that use it, in the API and in the subgraph that served it', async () => {
    const result = await check(withoutMe);
    expect(result.changes).toEqual([
      { scope: 'api', level: 'BREAKING', key: 'api FIELD_REMOVED Query.me', message: "Field 'me' was removed from object type 'Query'", operations: ['MyProfile', 'MyRenewal'], acknowledged: false },
      { scope: 'subgraph coordinators', level: 'BREAKING', key: 'subgraph coordinators FIELD_REMOVED Query.me', message: "Field 'me' was removed from object type 'Query'", operations: [], acknowledged: false },
    ]);
    expect(result.brokenOperations).toEqual([
      { name: 'MyProfile', errors: ['Cannot query field "me" on type "Query".'] },
      { name: 'MyRenewal', errors: ['Cannot query field "me" on type "Query".'] },
    ]);
    expect(result.failed).toBe(true);
    expect(formatSchemaCheck(result, 'main')).toContain("BREAKING  [api FIELD_REMOVED Query.me] Field 'me' was removed from object type 'Query'; operations using it: MyProfile, MyRenewal");
  });

  it('still fails when the change is acknowledged but an operation of the contract no longer validates', async () => {
    const acknowledged = ['api FIELD_REMOVED Query.me', 'subgraph coordinators FIELD_REMOVED Query.me'].map((change) => ({ change, reason: 'replaced by viewer' }));
    const result = await check(withoutMe, acknowledged);
    expect(result.changes.every((change) => change.acknowledged)).toBe(true);
    expect(result.failed).toBe(true);
  });

  it('passes a breaking change no operation uses only once every key of it is acknowledged', async () => {
    const keys = ['api FIELD_REMOVED CaseStudy.createdAt', 'subgraph case-studies FIELD_REMOVED CaseStudy.createdAt'];
    const unacknowledged = await check(withoutCreatedAt);
    expect(unacknowledged.changes.map((change) => [change.key, change.operations])).toEqual(keys.map((key) => [key, []]));
    expect(unacknowledged.failed).toBe(true);
    expect((await check(withoutCreatedAt, [{ change: keys[0]!, reason: 'nobody reads it' }])).failed).toBe(true);
    const acknowledged = await check(withoutCreatedAt, keys.map((change) => ({ change, reason: 'nobody reads it' })));
    expect(acknowledged.failed).toBe(false);
    expect(formatSchemaCheck(acknowledged, 'main')).toContain('breaking (acknowledged)  [api FIELD_REMOVED CaseStudy.createdAt]');
  });

  it('reports a new enum value as dangerous, with the operations that read it, without failing', async () => {
    const result = await check(withCritical);
    const api = result.changes.find((change) => change.scope === 'api')!;
    expect(api).toMatchObject({ level: 'DANGEROUS', key: 'api ENUM_VALUE_ADDED AnnouncementImportance.CRITICAL' });
    expect(api.operations).toEqual(['AnnouncementInbox', 'Announcement']);
    expect(result.failed).toBe(false);
  });

  it('names acknowledgements that match no change any more', async () => {
    const stale = { change: 'api FIELD_REMOVED Query.gone', reason: 'an earlier release' };
    expect((await check(base, [stale])).unusedAcknowledgements).toEqual([stale]);
  });
});

// The gate itself: this checkout's schemas against main where it branched off (the CI
// checkout has main; a checkout without it runs the fixtures above only).
const mainBase = mergeBase('main');
describe.skipIf(!mainBase)('this checkout against main', () => {
  it('has no unacknowledged breaking change and breaks no operation of the contract (npm run schema:check)', async () => {
    const result = await checkAgainst(mainBase!);
    expect(result.failed, formatSchemaCheck(result, 'main')).toBe(false);
  });
});
