/**
 * Runs `work` one at a time: a call while it runs asks for one more run after it (however
 * many calls came meanwhile), so nothing that arrived during a run is left unseen.
 */
export function coalesce(work: () => Promise<void>, onError: (error: unknown) => void) {
  let running: Promise<void> | undefined;
  let again = false;
  const wake = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = work()
      .catch(onError)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void wake();
        }
      });
    return running;
  };
  return { wake, settled: () => running ?? Promise.resolve() };
}
