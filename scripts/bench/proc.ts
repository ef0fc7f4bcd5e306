import { readdirSync, readFileSync } from 'node:fs';

// Linux's /proc: a process and its descendants (worker processes of a gateway included).
// Clock ticks per second: 100 on every Linux this runs on (getconf CLK_TCK).
const TICKS_PER_SECOND = 100;

interface Stat {
  command: string;
  ppid: number;
  /** User + system CPU, in clock ticks. */
  ticks: number;
}

function stat(pid: number | string): Stat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name may hold spaces and parentheses: the fields start after its last ')'.
  // Counting from the state (field 3): ppid is field 4, utime and stime fields 14 and 15.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    command: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
    ppid: Number(fields[1]),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

const pids = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));

/** The process and every process under it. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of pids()) {
    const ppid = stat(entry)?.ppid;
    if (!ppid) continue;
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of parents.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/** CPU seconds (user + system) the process tree has used so far. */
export function cpuSeconds(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) ticks += stat(pid)?.ticks ?? 0;
  return ticks / TICKS_PER_SECOND;
}

/** Peak resident set size (VmHWM) in MiB, summed over the process tree. */
export function peakRssMiB(root: number): number {
  let kib = 0;
  for (const pid of processTree(root)) {
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kib += Number(match[1]);
    } catch {
      // gone meanwhile
    }
  }
  return kib / 1024;
}

/** CPU ticks so far of every process running `command`, by pid. */
export function commandTicks(command: string): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const pid of pids()) {
    const found = stat(pid);
    if (found?.command === command) ticks.set(pid, found.ticks);
  }
  return ticks;
}

/**
 * CPU seconds the processes running `command` used between two snapshots (e.g. the local
 * Postgres server's backends, whoever they serve); null when none runs here. Processes
 * that ended in between are missing from it.
 */
export function commandCpuSeconds(before: Map<string, number>, after: Map<string, number>): number | null {
  if (after.size === 0) return null;
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks / TICKS_PER_SECOND;
}
