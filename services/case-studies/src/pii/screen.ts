import { DETECTORS, type PiiKind, type Span } from './detectors';
import { normalizeForScreening } from './normalize';

export interface PiiFinding {
  kind: PiiKind;
  /** The part of the case study it was found in. */
  field: string;
  /** The match with a little context, every digit masked: never the personal data itself. */
  excerpt: string;
}

const CONTEXT_BEFORE = 8;
const CONTEXT_AFTER = 4;
/** More findings than this say nothing more: the author has to rework the text anyway. */
const MAX_FINDINGS = 50;

/** Spans of every detector; where two overlap, the earlier detector's span wins. */
function findSpans(text: string): Span[] {
  const chosen: Span[] = [];
  for (const detect of DETECTORS) {
    for (const span of detect(text)) {
      if (!chosen.some((c) => span.start < c.end && c.start < span.end)) chosen.push(span);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const lineStart = (text: string, index: number) => text.lastIndexOf('\n', index - 1) + 1;
const lineEnd = (text: string, index: number) => {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
};

/** Digits become "*", and so does an e-mail address's local part after its first character. */
function mask(text: string): string {
  return text.replace(/\d/g, '*').replace(/([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@/g, '$1***@');
}

function excerpt(text: string, span: Span): string {
  const from = Math.max(span.start - CONTEXT_BEFORE, lineStart(text, span.start));
  const to = Math.min(span.end + CONTEXT_AFTER, lineEnd(text, span.end));
  return mask(text.slice(from, to)).trim();
}

/**
 * Looks for personal data in the named texts of a case study (after NFKC normalisation,
 * so full-width digits and letters are found too). Each distinct finding is listed once.
 */
export function screenForPersonalData(texts: Record<string, string>): PiiFinding[] {
  const findings = new Map<string, PiiFinding>();
  for (const [field, raw] of Object.entries(texts)) {
    const text = normalizeForScreening(raw);
    for (const span of findSpans(text)) {
      const finding = { kind: span.kind, field, excerpt: excerpt(text, span) };
      findings.set(JSON.stringify(finding), finding);
    }
  }
  return [...findings.values()].slice(0, MAX_FINDINGS);
}
