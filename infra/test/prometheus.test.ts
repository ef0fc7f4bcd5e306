import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The alerting rules, checked and unit-tested by Prometheus' own tool. Debian's `prometheus`
// package has it (.ci/run installs it when missing); without it these tests are skipped.
const folder = fileURLToPath(new URL('../prometheus/', import.meta.url));
const promtool = spawnSync('promtool', ['--version']).status === 0;
const run = (...args: string[]) => execFileSync('promtool', args, { cwd: folder, encoding: 'utf8' });

describe.skipIf(!promtool)('Prometheus rules and configuration', () => {
  it('the alerting rules are valid', () => {
    expect(run('check', 'rules', 'alerts.yml')).toMatch(/SUCCESS: 7 rules found/);
  });

  it('every alert fires when it should and not before (alerts.test.yml)', () => {
    expect(run('test', 'rules', 'alerts.test.yml')).toMatch(/SUCCESS/);
  });

  it('the scrape configuration is valid', () => {
    expect(run('check', 'config', '--syntax-only', 'prometheus.yml')).toMatch(/SUCCESS/);
  });
});
