import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codePointLength, createInputGuard, textProblem } from '../src';

const CONTROL = 'must not contain control characters';
const SURROGATE = 'must be valid Unicode text (it has an unpaired surrogate)';
const issuesOf = (query: string, variables?: Record<string, unknown>, maxLength = 10) => createInputGuard(maxLength)(parse(query), variables);

describe('textProblem', () => {
  it('accepts ordinary text with tabs and line breaks, and surrogate pairs', () => {
    expect(textProblem('医療通訳\tベトナム語\r\n😀', 100)).toBeUndefined();
  });

  it('counts characters as code points', () => {
    expect(codePointLength('😀医a')).toBe(3);
    expect(codePointLength('\ud800')).toBe(1);
    expect(textProblem('😀'.repeat(5), 5)).toBeUndefined();
    expect(textProblem('😀'.repeat(6), 5)).toBe('must be at most 5 characters');
  });
});

describe('the input guard', () => {
  it('finds nothing wrong in a document whose strings are all fine', () => {
    expect(issuesOf('query($q: String, $ids: [ID!]) { a(text: $q, ids: $ids, n: 3, e: RED, literal: "fine") }', { q: 'ok', ids: ['1', '2'] })).toEqual([]);
  });

  it('names a variable by the argument path it fills, not by the variable', () => {
    expect(issuesOf('mutation($anything: ProfileInput!) { update(input: $anything) }', { anything: { bio: 'x\u0000', langs: [{ code: 'vi' }, { code: '\ud800' }] } })).toEqual([
      { field: 'input.bio', message: CONTROL },
      { field: 'input.langs.1.code', message: SURROGATE },
    ]);
  });

  it('follows variables placed inside literal objects and lists', () => {
    expect(issuesOf('query($t: String, $id: ID) { a(filter: { text: $t }, ids: ["1", $id]) }', { t: '\u0007', id: '\u007f' })).toEqual([
      { field: 'filter.text', message: CONTROL },
      { field: 'ids.1', message: CONTROL },
    ]);
  });

  it('checks literal strings, including escapes, in fields, fragments and directives', () => {
    const query = '{ a(id: "\\u0000") ...F b @skip(if: false) @tag(name: "\\u001b") } fragment F on Query { c(filter: { text: "12345678901" }) }';
    expect(issuesOf(query)).toEqual([
      { field: 'id', message: CONTROL },
      { field: 'name', message: CONTROL },
      { field: 'filter.text', message: 'must be at most 10 characters' },
    ]);
  });

  it("uses a variable's default when the request leaves it out, and the request's value when it gives one", () => {
    const query = 'query($t: String = "\\u0000") { a(text: $t) }';
    expect(issuesOf(query, {})).toEqual([{ field: 'text', message: CONTROL }]);
    expect(issuesOf(query, { t: 'fine' })).toEqual([]);
  });

  it('checks strings in entity representations, whatever their keys', () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    expect(issuesOf(query, { r: [{ __typename: 'Coordinator', id: '1' }, { __typename: 'Coordinator', accountId: 'idp|\u0000' }] }, 100)).toEqual([
      { field: 'representations.1.accountId', message: CONTROL },
    ]);
  });

  it('reports at most 20 problems', () => {
    const issues = issuesOf('query($l: [String!]) { a(list: $l) }', { l: Array.from({ length: 500 }, () => '\u0000') });
    expect(issues).toHaveLength(20);
    expect(issues[19]).toEqual({ field: 'list.19', message: CONTROL });
  });

  it('walks values nested far deeper than a recursive walk could', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const [issue] = issuesOf('query($d: JSON) { a(d: $d) }', { d: deep });
    expect(issue?.message).toBe(CONTROL);
    expect(issue?.field).toBe(`d${'.0'.repeat(100_000)}`);
  });

  it('ignores variables that no argument uses, and strings that are not arguments', () => {
    expect(issuesOf('query($t: String) { a(text: "ok") }', { t: '\u0000', unused: '\u0000' })).toEqual([]);
  });

  it('works out a document once and still checks each request’s variables', () => {
    const inputIssues = createInputGuard(10);
    const document = parse('query($t: String) { a(text: $t, literal: "\\u0000") }');
    expect(inputIssues(document, { t: 'ok' })).toEqual([{ field: 'literal', message: CONTROL }]);
    expect(inputIssues(document, { t: '\ud800' })).toEqual([
      { field: 'literal', message: CONTROL },
      { field: 'text', message: SURROGATE },
    ]);
  });
});
