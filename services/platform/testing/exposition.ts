// A strict reader of Prometheus' text exposition format (version 0.0.4), for tests: it
// throws on anything a Prometheus server would refuse or misread, and returns every sample.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  /** Metric family name → its TYPE. */
  types: Map<string, string>;
  samples: Sample[];
  /** The value of the one sample with this name and exactly these labels; undefined when absent. */
  value(name: string, labels?: Record<string, string>): number | undefined;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/;
// Prometheus reads values with Go's ParseFloat: Inf and NaN in any case (prom-client writes `Nan`).
const VALUE = /^(?:[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|[+-]?inf|nan)$/i;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count', ''], counter: [''], gauge: [''], untyped: [''] };

const unescape = (v: string) => v.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c));

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest.length > 0) {
    const match = LABEL.exec(rest);
    if (!match) throw new Error(`bad labels in: ${line}`);
    if (match[1]! in labels) throw new Error(`label ${match[1]} twice in: ${line}`);
    labels[match[1]!] = unescape(match[2]!);
    rest = rest.slice(match[0].length);
    if (rest.startsWith(',')) rest = rest.slice(1);
    else if (rest.length > 0) throw new Error(`bad labels in: ${line}`);
  }
  return labels;
}

function familyOf(name: string, types: Map<string, string>): string {
  for (const [family, type] of types) {
    if (SUFFIXES[type]!.some((suffix) => name === family + suffix)) return family;
  }
  throw new Error(`sample ${name} has no TYPE line before it`);
}

function checkHistograms(samples: Sample[], types: Map<string, string>) {
  const series = new Map<string, Sample[]>();
  for (const sample of samples) {
    if (!sample.name.endsWith('_bucket') || types.get(sample.name.slice(0, -7)) !== 'histogram') continue;
    const { le, ...rest } = sample.labels;
    if (le === undefined) throw new Error(`${sample.name} without le`);
    const key = `${sample.name}${JSON.stringify(Object.entries(rest).sort())}`;
    series.set(key, [...(series.get(key) ?? []), sample]);
  }
  for (const [key, buckets] of series) {
    const values = buckets.map((b) => b.value);
    if (values.some((v, i) => i > 0 && v < values[i - 1]!)) throw new Error(`buckets of ${key} not cumulative`);
    if (buckets.at(-1)!.labels.le !== '+Inf') throw new Error(`buckets of ${key} do not end at +Inf`);
    const { le: _le, ...rest } = buckets[0]!.labels;
    const count = samples.find((s) => s.name === `${buckets[0]!.name.slice(0, -7)}_count` && JSON.stringify(s.labels) === JSON.stringify(rest));
    if (count?.value !== buckets.at(-1)!.value) throw new Error(`${key}: +Inf bucket differs from _count`);
  }
}

export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const helped = new Set<string>();
  const samples: Sample[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta as unknown as [string, string, string, string];
      if (!NAME.test(name)) throw new Error(`bad metric name: ${line}`);
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`bad type: ${line}`);
        if (types.has(name)) throw new Error(`TYPE of ${name} twice`);
        types.set(name, rest);
      } else {
        if (helped.has(name)) throw new Error(`HELP of ${name} twice`);
        helped.add(name);
      }
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const [, name, labelText, valueText] = match as unknown as [string, string, string | undefined, string];
    if (!VALUE.test(valueText)) throw new Error(`bad value: ${line}`);
    familyOf(name, types);
    const labels = parseLabels(labelText ?? '', line);
    const key = `${name}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(key)) throw new Error(`series twice: ${line}`);
    seen.add(key);
    samples.push({ name, labels, value: Number(valueText.toLowerCase().replace('inf', 'Infinity').replace('nan', 'NaN')) });
  }
  checkHistograms(samples, types);
  const same = (a: Record<string, string>, b: Record<string, string>) =>
    JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  return {
    types,
    samples,
    value: (name, labels = {}) => samples.find((s) => s.name === name && same(s.labels, labels))?.value,
  };
}
