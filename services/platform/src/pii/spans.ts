import { DETECTORS } from './detectors/index';
import type { Span } from './kinds';
import { normalizeForScreening, type NormalizedText } from './normalize';

/** Spans of every detector in the normalised text; where two overlap, the earlier detector's span wins. */
export function findPersonalData(original: string): { normalized: NormalizedText; spans: Span[] } {
  const normalized = normalizeForScreening(original);
  const taken = new Uint8Array(normalized.text.length);
  const chosen: Span[] = [];
  for (const detect of DETECTORS) {
    for (const span of detect(normalized.text)) {
      if (taken.subarray(span.start, span.end).includes(1)) continue;
      taken.fill(1, span.start, span.end);
      chosen.push(span);
    }
  }
  return { normalized, spans: chosen.sort((a, b) => a.start - b.start) };
}
