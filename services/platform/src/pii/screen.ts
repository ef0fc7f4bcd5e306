import type { PiiKind, Span } from './kinds';
import { INVISIBLE, type NormalizedText } from './normalize';
import { findPersonalData } from './spans';

export interface PiiFinding {
  kind: PiiKind;
  /** The part of the document it was found in. */
  field: string;
  /** The match with a little context as the author wrote it, every digit masked: never the personal data itself. */
  excerpt: string;
}

const CONTEXT_BEFORE = 8;
const CONTEXT_AFTER = 4;
const LONE_SURROGATE = /^[\ud800-\udfff]$/;
/** More findings than this say nothing more: the author has to rework the text anyway. */
const MAX_FINDINGS = 50;

/** `count` characters (code points) back from `index`, not past the start of its line. */
function back(text: string, index: number, count: number): number {
  let at = index;
  for (let n = 0; n < count && at > 0 && text[at - 1] !== '\n'; n++) at -= text.codePointAt(at - 2)! > 0xffff ? 2 : 1;
  return at;
}

/** `count` characters (code points) on from `index`, not past the end of its line. */
function forward(text: string, index: number, count: number): number {
  let at = index;
  for (let n = 0; n < count && at < text.length && text[at] !== '\n'; n++) at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

/**
 * The original text around a span: whatever was read as a digit becomes "*", an e-mail
 * address's local part "***" after its first character; invisible characters are left out
 * and a broken character (a lone surrogate) becomes U+FFFD, so that the excerpt is valid text.
 */
function excerpt(original: string, normalized: NormalizedText, span: Span): string {
  const { start, end } = normalized.originalRange(span.start, span.end);
  const hidden = span.hidden && normalized.originalRange(span.hidden.start, span.hidden.end);
  let out = '';
  for (let at = back(original, start, CONTEXT_BEFORE), to = forward(original, end, CONTEXT_AFTER); at < to; ) {
    if (hidden && at === hidden.start) {
      out += '***';
      at = Math.max(at, hidden.end);
      continue;
    }
    const char = String.fromCodePoint(original.codePointAt(at)!);
    if (!INVISIBLE.test(char)) out += normalized.isDigitAt(at) ? '*' : LONE_SURROGATE.test(char) ? '\ufffd' : char;
    at += char.length;
  }
  return out.trim();
}

/**
 * Looks for personal data in the named texts of a document (a case study's title, summary
 * and body). Each distinct finding is listed once, with a masked excerpt of what the author
 * wrote.
 */
export function screenForPersonalData(texts: Record<string, string>): PiiFinding[] {
  const findings = new Map<string, PiiFinding>();
  for (const [field, original] of Object.entries(texts)) {
    const { normalized, spans } = findPersonalData(original);
    for (const span of spans) {
      if (findings.size === MAX_FINDINGS) return [...findings.values()];
      const finding = { kind: span.kind, field, excerpt: excerpt(original, normalized, span) };
      findings.set(JSON.stringify(finding), finding);
    }
  }
  return [...findings.values()];
}
