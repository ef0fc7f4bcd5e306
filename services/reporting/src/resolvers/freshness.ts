import type { Context } from '../context';

/** Every figure of a view is as of the latest event reporting has applied. */
export const asOfLastEvent = { lastEventAt: (_parent: unknown, _args: unknown, ctx: Context) => ctx.lastEventAt() };
