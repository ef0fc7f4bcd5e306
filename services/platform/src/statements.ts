import { DrizzleQueryError } from 'drizzle-orm';
import { PortalError } from './errors';
import { inSpan, SpanKind } from './telemetry/tracing';

/**
 * A store statement that failed. It carries the statement's name and the driver's code
 * (the Postgres SQLSTATE, or a connection error code) and nothing else: the driver's error
 * holds the SQL text, every bound parameter and a `detail` that quotes row values, and the
 * query builder's error repeats the parameters in its message.
 */
export class StatementError extends Error {
  constructor(
    readonly statement: string,
    readonly code: string | undefined,
    frames = '',
  ) {
    super(`statement ${statement} failed${code ? ` with code ${code}` : ''}`);
    this.name = 'StatementError';
    // Where it failed helps operators; the original first line (its message) may quote values.
    this.stack = `${this.name}: ${this.message}${frames}`;
  }
}

// SQLSTATE (23505) or a driver's own code (CONNECTION_CLOSED, ECONNREFUSED): never text that could quote a value.
const SAFE_CODE = /^[0-9A-Z_]{1,40}$/;

/** The driver's code of an error, looking through wrappers (`cause`) to the driver's error. */
export function driverCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && SAFE_CODE.test(code)) return code;
    current = cause;
  }
  return undefined;
}

/**
 * The `at …` lines of an error's stack, without its message (which may span lines and
 * quote input); none when the stack does not begin with the message, so cannot be split.
 */
export function stackFrames(error: unknown): string {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return '';
  const head = String(error);
  if (!error.stack.startsWith(head)) return '';
  return error.stack
    .slice(head.length)
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => `\n${line}`)
    .join('');
}

interface StatementStats {
  calls: number;
  errors: number;
  seconds: number;
}

// Per process: one service runs per process, and every name starts with its service's name.
const stats = new Map<string, StatementStats>();

/** Calls, failures and total seconds of every statement whose name starts with `prefix.`, by name. */
export function statementStats(prefix: string): [name: string, stats: StatementStats][] {
  return [...stats].filter(([name]) => name.startsWith(`${prefix}.`)).map(([name, s]) => [name, { ...s }]);
}

type StatementObserver = (name: string, seconds: number, failed: boolean) => void;
const observers = new Set<StatementObserver>();

/** Sees every statement's name, duration and outcome (latency histograms); returns the way to stop. */
export function observeStatements(observer: StatementObserver): () => void {
  observers.add(observer);
  return () => void observers.delete(observer);
}

function record(name: string, started: bigint, failed: boolean): void {
  let entry = stats.get(name);
  if (!entry) stats.set(name, (entry = { calls: 0, errors: 0, seconds: 0 }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  entry.calls++;
  if (failed) entry.errors++;
  entry.seconds += seconds;
  for (const observer of observers) observer(name, seconds, failed);
}

/** Whether an error came from the database or the driver (rather than from code around them). */
const fromDatabase = (error: unknown) =>
  !(error instanceof PortalError) && (error instanceof DrizzleQueryError || driverCode(error) !== undefined);

/**
 * Runs `work` (one store function's statements) under `name`: timed and counted for
 * /metrics, and a failure of the database or the driver rethrown as a StatementError.
 * Anything else (an expected PortalError, one already named by an inner statement, a bug)
 * passes unchanged.
 */
export async function runStatement<T>(name: string, work: () => T | PromiseLike<T>): Promise<Awaited<T>> {
  const started = process.hrtime.bigint();
  try {
    // Awaited here: a query builder runs only when awaited, so it runs inside this call. The
    // span carries the statement's name only: never its SQL text or parameters.
    const result = await inSpan(name, { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.operation.name': name } }, work);
    record(name, started, false);
    return result;
  } catch (error) {
    const named = error instanceof StatementError;
    record(name, started, named || fromDatabase(error));
    if (named || !fromDatabase(error)) throw error;
    throw new StatementError(name, driverCode(error), stackFrames(error));
  }
}

/** A store's functions as named statements: each returns a promise of what it returned. */
export type NamedStatements<Q> = {
  [K in keyof Q]: Q[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : Q[K];
};

/** Names each function of `statements` `<prefix>.<key>` (e.g. `coordinators.search`); see runStatement. */
export function namedStatements<Q extends object>(prefix: string, statements: Q): NamedStatements<Q> {
  return Object.fromEntries(
    Object.entries(statements).map(([key, value]) => [
      key,
      typeof value === 'function' ? (...args: unknown[]) => runStatement(`${prefix}.${key}`, () => value(...args)) : value,
    ]),
  ) as NamedStatements<Q>;
}
