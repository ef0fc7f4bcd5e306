import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import ipaddr from 'ipaddr.js';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { GatewayContext } from './context';

/** Requests allowed per window; counted in this process's memory. */
export interface RateLimits {
  windowSeconds: number;
  /** Every request of one client address (an IPv6 client: its /64), before authentication. */
  perIp: number;
  /** Queries of one subject (the verified token's `sub`). */
  queriesPerSubject: number;
  /** Mutations of one subject. */
  writesPerSubject: number;
}

// Far above what a person using the portal or a dashboard sends: a page view is a handful
// of operations, a review or an edit one write. The address budget is wider still, since an
// office or a municipality may reach the portal through one address.
export const DEFAULT_RATE_LIMITS: RateLimits = { windowSeconds: 60, perIp: 3000, queriesPerSubject: 600, writesPerSubject: 120 };

export type Budget = 'ip' | 'queries' | 'writes';

/** Requests refused since the process started, by budget: for operators and the metrics endpoint. */
export const rateLimitRefusals: Record<Budget, number> = { ip: 0, queries: 0, writes: 0 };

export const RATE_LIMITED = 'RATE_LIMITED';

function refusal(retryAfterSeconds: number): GraphQLFormattedError {
  return {
    message: `Too many requests: try again in ${retryAfterSeconds} s`,
    extensions: { code: RATE_LIMITED, retryAfterSeconds },
  };
}

/**
 * An IPv6 client can use every address of its /64 (often far more), so its budget is the
 * network's; IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
 */
export function clientKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === 'ipv4') return address.toString();
  return `${(address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}

export function createRateLimits(limits: RateLimits) {
  const limiter = (points: number) => new RateLimiterMemory({ points, duration: limits.windowSeconds });
  const limiters: Record<Budget, RateLimiterMemory> = {
    ip: limiter(limits.perIp),
    queries: limiter(limits.queriesPerSubject),
    writes: limiter(limits.writesPerSubject),
  };

  /** Spends one request of `key`'s budget: null while within it, else the seconds until it refills. */
  async function spend(budget: Budget, key: string): Promise<number | null> {
    try {
      await limiters[budget].consume(key);
      return null;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      rateLimitRefusals[budget]++;
      return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
    }
  }

  /** A fastify onRequest hook: refuses before the body is read or a token is verified. */
  async function perIp(request: FastifyRequest, reply: FastifyReply) {
    const retryAfter = await spend('ip', clientKey(request.ip));
    if (retryAfter === null) return;
    return reply.code(429).header('retry-after', String(retryAfter)).send({ errors: [refusal(retryAfter)] });
  }

  /**
   * Counts once the token is verified (the subject is known) and the operation parsed (its
   * kind is known): queries and mutations spend separate budgets, so a burst of writes
   * leaves reading alone and the other way round.
   */
  const perSubject: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const budget: Budget = operation?.operation === 'mutation' ? 'writes' : 'queries';
          const retryAfter = await spend(budget, contextValue.identity.sub);
          if (retryAfter === null) return;
          const { message, extensions } = refusal(retryAfter);
          throw new GraphQLError(message, {
            extensions: { ...extensions, http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) } },
          });
        },
      };
    },
  };

  return { perIp, perSubject };
}
