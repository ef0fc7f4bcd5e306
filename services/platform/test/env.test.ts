import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { loadEnv, parseEnv, serviceEnv } from '../src';

const SECRET = 'x'.repeat(32);
const valid = { DATABASE_URL: 'postgres://portal@127.0.0.1:5432/coordinators', IDENTITY_SECRET: SECRET };

describe('parseEnv', () => {
  it('lists every problem at once, naming each variable', () => {
    expect(parseEnv(serviceEnv(4001), {})).toEqual({
      ok: false,
      problems: [
        'DATABASE_URL: must be a postgres:// URL',
        'IDENTITY_SECRET: Invalid input: expected string, received undefined',
      ],
    });
  });

  it('applies the defaults, with the port given by the service', () => {
    expect(parseEnv(serviceEnv(4001), valid)).toEqual({
      ok: true,
      env: {
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        HOST: '0.0.0.0',
        PORT: 4001,
        DATABASE_URL: 'postgres://portal@127.0.0.1:5432/coordinators',
        DATABASE_POOL_SIZE: 10,
        IDENTITY_SECRET: SECRET,
        IDENTITY_MAX_AGE_SECONDS: 30,
        MAX_STRING_LENGTH: 50_000,
      },
    });
  });

  it('coerces numbers given as strings', () => {
    const result = parseEnv(serviceEnv(4001), { ...valid, PORT: '8080', DATABASE_POOL_SIZE: '3', IDENTITY_MAX_AGE_SECONDS: '60' });
    expect(result.ok && [result.env.PORT, result.env.DATABASE_POOL_SIZE, result.env.IDENTITY_MAX_AGE_SECONDS]).toEqual([8080, 3, 60]);
  });

  it('takes MAX_STRING_LENGTH between 1,000 and 1,000,000', () => {
    const result = parseEnv(serviceEnv(4001), { ...valid, MAX_STRING_LENGTH: '20000' });
    expect(result.ok && result.env.MAX_STRING_LENGTH).toBe(20_000);
    for (const bad of ['999', '1000001', 'lots']) {
      const refused = parseEnv(serviceEnv(4001), { ...valid, MAX_STRING_LENGTH: bad });
      expect(!refused.ok && refused.problems.map((p) => p.split(':')[0])).toEqual(['MAX_STRING_LENGTH']);
    }
  });

  it('accepts postgresql:// as well as postgres://', () => {
    const url = 'postgresql://portal@db:5432/coordinators';
    const result = parseEnv(serviceEnv(4001), { ...valid, DATABASE_URL: url });
    expect(result.ok && result.env.DATABASE_URL).toBe(url);
  });

  it.each(['mysql://portal@127.0.0.1/coordinators', 'http://127.0.0.1:5432', 'not a url'])('refuses DATABASE_URL %s', (url) => {
    expect(parseEnv(serviceEnv(4001), { ...valid, DATABASE_URL: url })).toEqual({
      ok: false,
      problems: ['DATABASE_URL: must be a postgres:// URL'],
    });
  });

  it('refuses a short secret, a port out of range and an unknown log level together', () => {
    const result = parseEnv(serviceEnv(4001), { ...valid, IDENTITY_SECRET: 'short', PORT: '70000', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.split(':')[0])).toEqual(['LOG_LEVEL', 'PORT', 'IDENTITY_SECRET']);
    expect(!result.ok && result.problems).toContain('IDENTITY_SECRET: must be at least 32 characters');
  });

  it('names a problem without a path as (root)', () => {
    const shape = { A: z.string() };
    expect(parseEnv(shape, null as never)).toEqual({ ok: false, problems: ['(root): Invalid input: expected object, received null'] });
  });
});

describe('loadEnv', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns the parsed environment when it is valid', () => {
    expect(loadEnv(serviceEnv(4002), valid).PORT).toBe(4002);
  });

  it('writes every problem to stderr and exits with code 1', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => loadEnv(serviceEnv(4001), { IDENTITY_SECRET: 'short' })).toThrow('exit 1');
    expect(exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(write).toHaveBeenCalledExactlyOnceWith(
      'Invalid environment:\n  - DATABASE_URL: must be a postgres:// URL\n  - IDENTITY_SECRET: must be at least 32 characters\n',
    );
  });

  it('makes a real process exit non-zero', () => {
    const envModule = fileURLToPath(new URL('../src/env.ts', import.meta.url));
    const script = `const { loadEnv, serviceEnv } = await import(${JSON.stringify(envModule)}); loadEnv(serviceEnv(4001), {}); console.log('unreachable');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.status).toBe(1);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain('Invalid environment:\n  - DATABASE_URL: must be a postgres:// URL\n  - IDENTITY_SECRET:');
  });
});
