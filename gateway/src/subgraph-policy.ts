import { CircuitState, circuitBreaker, ConsecutiveBreaker, handleAll, timeout, TimeoutStrategy, wrap } from 'cockatiel';

export interface SubgraphPolicyOptions {
  /** A subgraph call still unanswered after this many ms is abandoned (and counts as a failure). */
  timeoutMs: number;
  /** Consecutive failures (no answer, a timeout, a 5xx status) that open the breaker. */
  breakerFailures: number;
  /** How long an open breaker refuses calls before it lets one trial call through, ms. */
  halfOpenAfterMs: number;
}

// A portal operation's subgraph call takes milliseconds (the slowest, a survey's CSV export,
// well under a second); five seconds means a subgraph is stuck rather than busy.
export const DEFAULT_SUBGRAPH_POLICY: SubgraphPolicyOptions = { timeoutMs: 5000, breakerFailures: 5, halfOpenAfterMs: 5000 };

export type BreakerState = 'closed' | 'open' | 'half-open';

const STATES: Partial<Record<CircuitState, BreakerState>> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
};

/**
 * How the gateway calls one subgraph: each call under a timeout, all calls behind a circuit
 * breaker. While the subgraph keeps failing, the open breaker refuses at once instead of
 * letting every request wait for the timeout; after `halfOpenAfterMs` one trial call decides
 * whether it closes again (calls arriving meanwhile wait for that decision, at most until
 * their timeout). A subgraph's 4xx answers are the request's fault, not the subgraph's, and
 * do not count.
 */
export function subgraphPolicy(options: SubgraphPolicyOptions, onStateChange: (state: BreakerState) => void) {
  const breaker = circuitBreaker(
    handleAll.orWhenResult((response) => (response as { status: number }).status >= 500),
    { halfOpenAfter: options.halfOpenAfterMs, breaker: new ConsecutiveBreaker(options.breakerFailures) },
  );
  breaker.onStateChange((state) => {
    const name = STATES[state];
    if (name) onStateChange(name);
  });
  // The timeout outside the breaker bounds every wait, also for a trial call's outcome or a
  // free connection; its abort reaches the undici request, whose failure the breaker counts.
  // Aborting the signal after a call that succeeded (cockatiel's default) costs about 150 µs
  // per call on Node 20 (an AbortError with its stack), for a request already finished.
  return wrap(timeout(options.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false }), breaker);
}
