/** Exponential back-off with jitter: 100 ms, 200 ms, … up to maxMs, reset after a success. */
export function createBackoff(initialMs = 100, maxMs = 10_000) {
  let attempt = 0;
  return {
    next(): number {
      const ceiling = Math.min(maxMs, initialMs * 2 ** attempt++);
      return ceiling / 2 + Math.random() * (ceiling / 2);
    },
    reset() {
      attempt = 0;
    },
  };
}

/**
 * A sleep that `wake()` ends early, for loops that must react to new work or a stop. A
 * wake-up that comes while the loop is busy is kept, so the next wait returns at once.
 */
export function createWaiter() {
  let wake: (() => void) | undefined;
  let pending = false;
  return {
    wait(ms: number): Promise<void> {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      });
    },
    wake() {
      if (wake) wake();
      else pending = true;
    },
  };
}
