/**
 * Resolves once `condition` holds, checking every 50 ms: for what arrives through events
 * (a projection catching up). Fails with `what` after `timeoutMs`, so a test never waits
 * forever and never depends on how fast it arrived.
 */
export async function eventually(condition: () => Promise<boolean> | boolean, what = 'condition', timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
