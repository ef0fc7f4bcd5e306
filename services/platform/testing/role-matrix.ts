import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/vocabulary';
import { errorCodes, type GraphQLResponse, type TestCaller } from './graphql';
import { admin, analyst, localGovernment } from './subgraph';

/** An operation as sent: its document, its variables and, where it must differ, who sends it. */
export type RoleMatrixCall = readonly [query: string, variables: Record<string, unknown>, as?: TestCaller];

/**
 * Builds one call of an operation for `caller`, on a state where it succeeds for an allowed
 * role. Called anew for every test, so that each role is judged on fresh objects.
 */
export type RoleMatrixOperation = (caller: TestCaller) => RoleMatrixCall | Promise<RoleMatrixCall>;

export interface RoleMatrix<Operation extends string> {
  /** The subgraph's `run`, from `useSubgraph`. */
  run: (caller: TestCaller | null, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
  /** The caller with the COORDINATOR role; the other roles are `admin`, `analyst` and `localGovernment`. */
  coordinator: TestCaller;
  operations: Record<Operation, RoleMatrixOperation>;
  /** Who may do each operation: every other role must get FORBIDDEN. */
  allowed: Record<NoInfer<Operation>, readonly Role[]>;
  /** Also require a refused call to return no data (`data` null, or every field of it null). */
  refusedWithoutData?: boolean;
}

/**
 * Declares, inside `describe('role × operation')`, one test per role and operation
 * (`${role} may ${operation}` / `${role} may not ${operation}`) and one per operation for a
 * caller without a signed identity, who must get a 401 and UNAUTHENTICATED. `more` declares
 * further tests in the same block. An operation missing from `allowed` (or judged there but
 * never built) fails the file rather than pass untested.
 */
export function describeRoleMatrix<Operation extends string>(matrix: RoleMatrix<Operation>, more?: () => void): void {
  const { run, operations, allowed } = matrix;
  const callers: Record<Role, TestCaller> = {
    COORDINATOR: matrix.coordinator,
    AGENCY_ADMIN: admin,
    MINISTRY_ANALYST: analyst,
    LOCAL_GOVERNMENT: localGovernment,
  };
  const built = Object.keys(operations).sort();
  const judged = Object.keys(allowed).sort();
  if (built.join() !== judged.join()) {
    throw new Error(`role matrix: the operations built (${built.join(', ')}) are not those allowed (${judged.join(', ')})`);
  }

  describe('role × operation', () => {
    for (const [operation, build] of Object.entries<RoleMatrixOperation>(operations)) {
      for (const role of ROLES) {
        const may = allowed[operation as Operation].includes(role);
        it(`${role} ${may ? 'may' : 'may not'} ${operation}`, async () => {
          const [query, variables, as] = await build(callers[role]);
          const res = await run(as ?? callers[role], query, variables);
          expect(errorCodes(res)).toEqual(may ? [] : ['FORBIDDEN']);
          if (!may && matrix.refusedWithoutData) {
            expect(res.data === null || Object.values(res.data).every((v) => v === null)).toBe(true);
          }
        });
      }
      it(`a caller without a signed identity cannot ${operation}`, async () => {
        const [query, variables] = await build(callers.COORDINATOR);
        const res = await run(null, query, variables);
        expect(res.status).toBe(401);
        expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      });
    }
    more?.();
  });
}
