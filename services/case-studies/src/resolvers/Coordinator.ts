import { guard } from '../authorization';
import type { Context } from '../context';

interface CoordinatorReference {
  accountId: string;
}

export const Coordinator = {
  __resolveReference: (reference: CoordinatorReference) => reference,
  caseStudies(coordinator: CoordinatorReference, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'readCaseStudies');
    return ctx.loadCaseStudiesOf(coordinator.accountId);
  },
};
