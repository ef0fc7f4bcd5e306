/**
 * The nonces of the signed identities a subgraph process has accepted, each kept until
 * its header expires: a bounded, expiring set. Nonces are grouped by the second in which
 * their headers expire, so forgetting the expired ones drops whole groups.
 *
 * Per process: with several replicas of a subgraph, a captured header could still be
 * replayed once to each other replica within its lifetime (IDENTITY_MAX_AGE_SECONDS).
 */
export class SeenNonces {
  private readonly byExpiry = new Map<number, Set<string>>();
  private size = 0;
  private lastSweep = 0;

  /** `capacity`: the most nonces held at once; beyond it, new identities are refused rather than old ones forgotten. */
  constructor(readonly capacity: number) {}

  /**
   * Records a nonce whose header is valid until `expiresAt` (ms): 'fresh' the first time,
   * 'seen' when it was recorded before, 'full' when the set is at capacity.
   */
  claim(nonce: string, expiresAt: number, now = Date.now()): 'fresh' | 'seen' | 'full' {
    this.sweep(now);
    const second = Math.ceil(expiresAt / 1000);
    let group = this.byExpiry.get(second);
    if (group?.has(nonce)) return 'seen';
    if (this.size >= this.capacity) return 'full';
    if (!group) this.byExpiry.set(second, (group = new Set()));
    group.add(nonce);
    this.size++;
    return 'fresh';
  }

  get count(): number {
    return this.size;
  }

  /** Forgets the groups whose headers have all expired; at most once a second. */
  private sweep(now: number) {
    if (now - this.lastSweep < 1000 && this.size < this.capacity) return;
    this.lastSweep = now;
    for (const [second, group] of this.byExpiry) {
      if (second * 1000 < now) {
        this.byExpiry.delete(second);
        this.size -= group.size;
      }
    }
  }
}
