// Measures the personal-data screen on the corpus in scripts/pii/corpus.ts: recall and the
// false-positive rate, overall and per kind, every miss and false alarm, and the time the
// screen takes on the corpus and on 20,000-character bodies (the longest a case study may be).
//
//   npm run pii:measure
import { screenForPersonalData } from '@portal/platform';
import { ORDINARY, WITH_PERSONAL_DATA } from './pii/corpus';
import { measure } from './pii/measure';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

const result = measure(WITH_PERSONAL_DATA, ORDINARY);
console.log(`corpus: ${result.withData} sentences with personal data, ${result.ordinary} ordinary sentences\n`);
console.log('| kind | labelled | found | recall | false positives |');
console.log('|---|---|---|---|---|');
for (const k of result.perKind) {
  console.log(`| ${k.kind} | ${k.labelled} | ${k.found} | ${k.recall.toFixed(3)} | ${k.falsePositives} (${percent(k.falsePositives / result.ordinary)}) |`);
}
console.log(`| overall | ${result.withData} | ${result.withData - result.misses.length} | ${result.recall.toFixed(3)} | ${result.falseAlarms.length} (${percent(result.falsePositiveRate)}) |\n`);
for (const miss of result.misses) console.log(`missed ${miss.missing.join(', ')}: ${JSON.stringify(miss.text)} → ${JSON.stringify(miss.found.map((f) => f.kind))}`);
for (const alarm of result.falseAlarms) console.log(`false alarm: ${JSON.stringify(alarm.text)} → ${JSON.stringify(alarm.findings.map((f) => [f.kind, f.excerpt]))}`);

/**
 * Median CPU milliseconds of screening `text` as a case study body, over `runs` runs: CPU
 * time rather than wall time, so that other work on a shared machine does not count.
 */
function medianMs(text: string, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    screenForPersonalData({ body: text });
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const corpus = [...WITH_PERSONAL_DATA.map((s) => s.text), ...ORDINARY];
const LONGEST = 20_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LONGEST / unit.length)).slice(0, LONGEST);
const timings = {
  corpusSentence: medianMs(corpus.join('\n')) / corpus.length,
  ordinaryBody: medianMs(fill(ORDINARY.join(''))),
  bodyFullOfData: medianMs(fill(WITH_PERSONAL_DATA.map((s) => s.text).join(''))),
  digits: medianMs(fill('1234567890')),
  kanjiNumerals: medianMs(fill('〇一二三四五六七八九十百')),
  separatedDigits: medianMs(fill('1-2.3・')),
  asciiLetters: medianMs(fill('abcdefghij')),
  atSigns: medianMs(fill('a@b.')),
};
console.log('\nmedian CPU time of one screening (ms):');
for (const [name, ms] of Object.entries(timings)) console.log(`  ${name}: ${ms.toFixed(2)}`);
console.log(
  JSON.stringify({
    sentencesWithData: result.withData,
    ordinarySentences: result.ordinary,
    recall: Number(result.recall.toFixed(4)),
    falsePositiveRate: Number(result.falsePositiveRate.toFixed(4)),
    perKind: Object.fromEntries(result.perKind.map((k) => [k.kind, { recall: Number(k.recall.toFixed(4)), falsePositives: k.falsePositives }])),
    worstBodyMs: Number(Math.max(...Object.values(timings)).toFixed(2)),
  }),
);
