import { PII_KINDS, screenForPersonalData, type PiiFinding, type PiiKind } from '@portal/platform';
import type { LabelledSentence } from './corpus';

// Recall: sentences with personal data in which every labelled kind is found (per kind: the
// sentences labelled with it that get a finding of it). False positives: ordinary sentences
// with any finding (per kind: with a finding of that kind).

export interface KindScore {
  kind: PiiKind;
  labelled: number;
  found: number;
  recall: number;
  falsePositives: number;
}

export interface Measurement {
  withData: number;
  ordinary: number;
  recall: number;
  falsePositiveRate: number;
  perKind: KindScore[];
  misses: { text: string; missing: PiiKind[]; found: PiiFinding[] }[];
  falseAlarms: { text: string; findings: PiiFinding[] }[];
}

const screen = (text: string) => screenForPersonalData({ text });

export function measure(withData: readonly LabelledSentence[], ordinary: readonly string[]): Measurement {
  const screened = withData.map((sentence) => ({ ...sentence, findings: screen(sentence.text) }));
  const misses = screened
    .map(({ text, kinds, findings }) => ({ text, missing: kinds.filter((k) => !findings.some((f) => f.kind === k)), found: findings }))
    .filter((miss) => miss.missing.length > 0);
  const falseAlarms = ordinary.map((text) => ({ text, findings: screen(text) })).filter((alarm) => alarm.findings.length > 0);
  const perKind = PII_KINDS.map((kind) => {
    const labelled = screened.filter((s) => s.kinds.includes(kind));
    const found = labelled.filter((s) => s.findings.some((f) => f.kind === kind)).length;
    return {
      kind,
      labelled: labelled.length,
      found,
      recall: labelled.length ? found / labelled.length : 1,
      falsePositives: falseAlarms.filter((alarm) => alarm.findings.some((f) => f.kind === kind)).length,
    };
  });
  return {
    withData: withData.length,
    ordinary: ordinary.length,
    recall: (withData.length - misses.length) / withData.length,
    falsePositiveRate: falseAlarms.length / ordinary.length,
    perKind,
    misses,
    falseAlarms,
  };
}
