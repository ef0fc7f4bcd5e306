import { eq } from 'drizzle-orm';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflict, connectDatabase, PortalError, stackFrames, StatementError, statementStats, transactional, type Database, type Executor } from '../src';
import { createEmptyDatabase } from './scratch';

const members = pgTable('members', { id: serial('id').primaryKey(), name: text('name').notNull(), email: text('email').notNull() });
const schema = { members };

// What must never leave the database layer in an error: bound parameters and row values.
const NAME = '山田花子';
const EMAIL = 'hanako@example.jp';

function queries(db: Executor) {
  return {
    insert: (name: string, email: string) => db.insert(members).values({ name, email }).returning(),
    byEmail: (email: string) => db.select().from(members).where(eq(members.email, email)),
    uuidLookup: (id: string) => db.execute(`select ${"'"}${id.replace(/'/g, "''")}${"'"}::uuid`),
    refuse: async () => {
      throw conflict('already there');
    },
    bug: async () => {
      throw new TypeError('a bug, not the database');
    },
  };
}

let database: Database<typeof schema>;
let drop: () => Promise<void>;
let store: ReturnType<typeof createStore>;
const createStore = (db: Executor) => transactional('members', db, queries);

beforeAll(async () => {
  const scratch = await createEmptyDatabase();
  drop = scratch.drop;
  database = connectDatabase({ url: scratch.url, schema, onQuery: () => {} });
  await database.sql`create table members (id serial primary key, name text not null, email text not null unique check (email not like '%@blocked.example'))`;
  store = createStore(database.db);
});
afterAll(async () => {
  await database?.close();
  await drop?.();
});

/** The error `work` rejects with (fails the test if it resolves). */
async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Everything of an error a logger could reach: own properties, message, stack, cause. */
const everything = (error: unknown) =>
  JSON.stringify({ ...(error as object), message: (error as Error).message, stack: (error as Error).stack, cause: String((error as Error).cause) });

describe('named statements', () => {
  it('run query builders and return their rows', async () => {
    const [row] = await store.insert(NAME, EMAIL);
    expect(row).toEqual({ id: expect.any(Number), name: NAME, email: EMAIL });
    expect(await store.byEmail(EMAIL)).toEqual([row]);
  });

  it('rethrow a constraint violation as a StatementError with only the statement name and SQLSTATE', async () => {
    const error = await rejection(store.insert('別の人', EMAIL));
    expect(error).toBeInstanceOf(StatementError);
    expect(error).toMatchObject({ statement: 'members.insert', code: '23505', message: 'statement members.insert failed with code 23505' });
    expect(Object.keys(error as object).sort()).toEqual(['code', 'name', 'statement']);
    expect(everything(error)).not.toMatch(/別の人|hanako|example\.jp|insert into/);
  });

  it('hide the row that Postgres quotes in a check violation', async () => {
    const error = await rejection(store.insert(NAME, 'someone@blocked.example'));
    expect(error).toMatchObject({ statement: 'members.insert', code: '23514' });
    expect(everything(error)).not.toMatch(/山田|blocked/);
  });

  it('hide the value that Postgres quotes in a syntax error of a type', async () => {
    const error = await rejection(store.uuidLookup('idp|c-0001'));
    expect(error).toMatchObject({ statement: 'members.uuidLookup', code: '22P02' });
    expect(everything(error)).not.toContain('idp|c-0001');
  });

  it('keep where the statement was sent from', async () => {
    const error = (await rejection(store.insert(NAME, EMAIL))) as Error;
    expect(error.stack).toMatch(/^StatementError: statement members\.insert failed with code 23505\n\s+at /);
  });

  it('let expected errors and bugs pass unchanged', async () => {
    const refused = await rejection(store.refuse());
    expect(refused).toBeInstanceOf(PortalError);
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'already there' });
    const bug = await rejection(store.bug());
    expect(bug).toBeInstanceOf(TypeError);
  });

  it('name a failure inside a transaction by the statement that failed, and roll the transaction back', async () => {
    const error = await rejection(
      store.transaction(async (tx) => {
        await tx.insert('鈴木一郎', 'ichiro@example.jp');
        await tx.insert('鈴木一郎', 'ichiro@example.jp');
      }),
    );
    expect(error).toMatchObject({ statement: 'members.insert', code: '23505' });
    expect(await store.byEmail('ichiro@example.jp')).toEqual([]);
  });

  it('commit a transaction whose statements succeed', async () => {
    await store.transaction(async (tx) => {
      await tx.insert('佐藤', 'sato@example.jp');
    });
    expect(await store.byEmail('sato@example.jp')).toHaveLength(1);
  });

  it('name a driver failure by its code: a database that is gone', async () => {
    const scratch = await createEmptyDatabase();
    const gone = connectDatabase({ url: scratch.url, schema });
    await scratch.drop();
    try {
      const error = await rejection(createStore(gone.db).byEmail(EMAIL));
      expect(error).toMatchObject({ statement: 'members.byEmail', code: '3D000' });
    } finally {
      await gone.close();
    }
  });

  it('count calls, failures and time per name, for the names of one service only', async () => {
    const before = new Map(statementStats('members'));
    await store.byEmail(EMAIL);
    await rejection(store.insert(NAME, EMAIL));
    await rejection(store.refuse());
    const after = new Map(statementStats('members'));
    expect(after.get('members.byEmail')!.calls - before.get('members.byEmail')!.calls).toBe(1);
    expect(after.get('members.insert')!.calls - before.get('members.insert')!.calls).toBe(1);
    expect(after.get('members.insert')!.errors - before.get('members.insert')!.errors).toBe(1);
    // An expected refusal is a call, not a failure of the statement.
    expect(after.get('members.refuse')!.errors).toBe(0);
    expect(after.get('members.byEmail')!.seconds).toBeGreaterThan(before.get('members.byEmail')!.seconds);
    expect([...after.keys()].every((name) => name.startsWith('members.'))).toBe(true);
    expect(statementStats('member')).toEqual([]);
  });
});

describe('stackFrames', () => {
  it('keeps the frames and drops the message, even a message with lines that look like frames', () => {
    const error = new Error('Failed query: insert …\nparams: 山田花子\n    at 090-1234-5678 (/x.ts:1:1)');
    const frames = stackFrames(error);
    expect(frames).toMatch(/^\n\s+at .*statements\.test\.ts/);
    expect(frames).not.toMatch(/山田|090/);
  });

  it('gives nothing for a stack that does not begin with the message', () => {
    const error = new Error('secret 山田');
    error.stack = 'something else\n    at 山田 (/x.ts:1:1)';
    expect(stackFrames(error)).toBe('');
    expect(stackFrames('not an error')).toBe('');
  });
});
