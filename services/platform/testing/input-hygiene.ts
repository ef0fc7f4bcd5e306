import { describe, expect, it } from 'vitest';
import { CONTROL_CHARACTER_MESSAGE, DEFAULT_MAX_STRING_LENGTH, LONE_SURROGATE_MESSAGE, tooLongMessage } from '../src/safe-text';
import type { GraphQLResponse, TestCaller } from './graphql';

/** Strings no input may carry, with the message that refuses each. */
export const unsafeStrings = (maxLength = DEFAULT_MAX_STRING_LENGTH) => [
  { kind: 'a NUL byte', value: '田中\u0000花子', message: CONTROL_CHARACTER_MESSAGE },
  { kind: 'a control character', value: '田中\u001b[2J花子', message: CONTROL_CHARACTER_MESSAGE },
  { kind: 'a lone surrogate', value: '田中\ud800花子', message: LONE_SURROGATE_MESSAGE },
  { kind: 'DEL', value: '田中\u007f', message: CONTROL_CHARACTER_MESSAGE },
  { kind: 'an oversized value', value: 'あ'.repeat(maxLength + 1), message: tooLongMessage(maxLength) },
];

/** Where a test puts a bad string: an operation built around it, sent by `caller`, refused naming `field`. */
export interface UnsafeInputCase {
  /** What the string stands for, e.g. 'a profile field'. */
  name: string;
  field: string;
  caller: TestCaller;
  /**
   * The operation with `value` in place. With `literal`, the value is written into the
   * document (as a JSON string, which GraphQL reads alike), otherwise passed as a variable.
   */
  operation: (value: string) => readonly [query: string, variables?: Record<string, unknown>];
  literal?: boolean;
}

type Run = (caller: TestCaller | null, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/**
 * Declares, per case, one test per unsafe string: the subgraph answers exactly one
 * BAD_USER_INPUT naming the field, and nothing else. A lone surrogate cannot be written in
 * a GraphQL document at all: there the parser refuses the document.
 */
export function describeUnsafeInputs(run: Run, cases: UnsafeInputCase[]): void {
  describe.each(cases)('$name ($field)', (testCase) => {
    it.each(unsafeStrings())('refuses $kind', async ({ kind, value, message }) => {
      const [query, variables] = testCase.operation(value);
      const response = await run(testCase.caller, query, variables);
      if (testCase.literal && kind === 'a lone surrogate') {
        expect(response.status).toBe(400);
        expect(response.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
          [expect.stringMatching(/^Syntax Error: Invalid Unicode escape sequence/), 'GRAPHQL_VALIDATION_FAILED'],
        ]);
        return;
      }
      expect(response).toEqual({
        status: 200,
        data: null,
        errors: [{ message: `${testCase.field}: ${message}`, extensions: { code: 'BAD_USER_INPUT', field: testCase.field, issues: [{ field: testCase.field, message }] } }],
      });
    });
  });
}

/** A string as a GraphQL string literal: JSON's escapes are GraphQL's. */
export const literal = (value: string) => JSON.stringify(value);
