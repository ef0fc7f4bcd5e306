import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '@portal/platform/testing';
import { describeExit, spawnNode, type ProcessExit, type RestartPolicy, type SupervisedProcess } from '../lib/processes';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const running: SupervisedProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
});

/** The fixture under supervision; `starts` holds when each run printed "started", `exits` every reported exit. */
function supervised(env: Record<string, string>, policy: Omit<RestartPolicy, 'onExit'>) {
  const starts: number[] = [];
  const exits: (ProcessExit & { at: number })[] = [];
  // Plain JavaScript: the supervision is spawnTs's, without tsx's start-up time.
  const process = spawnNode({
    name: 'worker',
    cwd: FIXTURES,
    entry: 'fails.mjs',
    env,
    onLine: (line) => void (line.startsWith('started ') && starts.push(Date.now())),
  });
  process.restartOnExit({ ...policy, onExit: (exit) => void exits.push({ ...exit, at: Date.now() }) });
  running.push(process);
  return { process, starts, exits };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a supervised process', () => {
  it('that keeps failing is restarted with exponential back-off, capped, and says so', async () => {
    const { process, starts, exits } = supervised({ EXIT_CODE: '1' }, { initialDelayMs: 50, maxDelayMs: 200, stableAfterMs: 60_000 });
    // A run's exit can be reported before its "started" line is read: the fourth run's start is compared below.
    await eventually(() => exits.length >= 4 && starts.length >= 4, 'four failures');
    await process.stop();
    expect(exits.slice(0, 4).map(describeExit)).toEqual([
      'worker exited with code 1; restarting in 0.05 s',
      'worker exited with code 1; restarting in 0.1 s',
      'worker exited with code 1; restarting in 0.2 s',
      'worker exited with code 1; restarting in 0.2 s',
    ]);
    // Each run started no sooner than its delay after the failure before it.
    for (const [i, exit] of exits.slice(0, 3).entries()) expect(starts[i + 1]! - exit.at).toBeGreaterThanOrEqual(exit.restartInMs!);
    expect(process.output().split('\n').filter((line) => line.startsWith('started ')).length).toBe(starts.length);
  });

  it('is restarted after the initial delay again once it had run for stableAfterMs', async () => {
    const { exits } = supervised({ EXIT_CODE: '3', EXIT_AFTER_MS: '300' }, { initialDelayMs: 50, maxDelayMs: 1000, stableAfterMs: 250 });
    await eventually(() => exits.length >= 2, 'two failures');
    // Without the reset the second delay would be 100 ms.
    expect(exits.slice(0, 2).map((e) => e.restartInMs)).toEqual([50, 50]);
  });

  it('killed by a signal is restarted, a new process in its place', async () => {
    const { process, exits, starts } = supervised({ EXIT_AFTER_MS: '60000' }, { initialDelayMs: 50, maxDelayMs: 200, stableAfterMs: 60_000 });
    await eventually(() => starts.length === 1, 'the first start');
    const first = process.child.pid;
    process.child.kill('SIGKILL');
    await eventually(() => starts.length === 2, 'the restart');
    expect(exits.map(describeExit)).toEqual(['worker exited on SIGKILL; restarting in 0.05 s']);
    expect(process.child.pid).not.toBe(first);
    expect(process.child.exitCode).toBeNull();
  });

  it('that stops cleanly (code 0: told to stop from outside) stays stopped', async () => {
    const { exits, starts } = supervised({ EXIT_CODE: '0', EXIT_AFTER_MS: '0' }, { initialDelayMs: 50, maxDelayMs: 200, stableAfterMs: 60_000 });
    await eventually(() => exits.length === 1 && starts.length === 1, 'the exit');
    await sleep(300);
    expect(exits.map(describeExit)).toEqual(['worker exited with code 0; not restarting']);
    expect(starts).toHaveLength(1);
  });

  it('is not restarted once stopped, even with a restart pending', async () => {
    const { process, exits, starts } = supervised({ EXIT_CODE: '1' }, { initialDelayMs: 150, maxDelayMs: 150, stableAfterMs: 60_000 });
    await eventually(() => exits.length === 1, 'the first failure');
    await process.stop();
    await sleep(400);
    expect(starts).toHaveLength(1);
    expect(exits).toHaveLength(1);
  });

  it('is not restarted when Ctrl-C reaches it while the portal stops, however it exits', async () => {
    const { process, exits, starts } = supervised({ EXIT_AFTER_MS: '60000', SIGINT_EXIT_CODE: '130' }, { initialDelayMs: 50, maxDelayMs: 200, stableAfterMs: 60_000 });
    await eventually(() => starts.length === 1, 'the first start');
    // What the stack does on Ctrl-C before stopping its processes one by one, while the
    // terminal's SIGINT reaches them all.
    process.restartOnExit(null);
    process.child.kill('SIGINT');
    await eventually(() => process.child.exitCode !== null, 'the exit');
    await sleep(300);
    expect(process.child.exitCode).toBe(130);
    expect(exits).toEqual([]);
    expect(starts).toHaveLength(1);
  });
});
