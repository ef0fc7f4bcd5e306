import type { Detector, Span } from '../kinds';

// E-mail addresses, also as people write them to keep robots away: taro (at) example.co.jp,
// taro[at]example[dot]jp, taro[@]example.jp, taro アットマーク example ドット jp, taro at example dot com.
// Everything but the first character of the local part stays hidden even in excerpts.

const LOCAL = '(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]*)';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const TLD = '[A-Za-z]{2,}(?![A-Za-z0-9@])';
const bracketed = (words: string) => `\\s*[(\\[{<]\\s*(?:${words})\\s*[)\\]}>]\\s*`;

const AT_SIGN = '\\s*@\\s*';
const WRITTEN_AT = `(?:${bracketed('at|@|アットマーク|あっとまーく|アット')}|\\s*(?:アットマーク|あっとまーく)\\s*|\\s+at\\s+)`;
const DOT = '\\.';
const WRITTEN_DOT = `(?:\\.|${bracketed('dot|ドット|どっと')}|\\s*(?:ドット|どっと)\\s*|\\s+dot\\s+)`;

const address = (at: string, dot: string) => new RegExp(`(?<![A-Za-z0-9._%+-])${LOCAL}${at}${LABEL}(?:${dot}${LABEL})*${dot}${TLD}`, 'dgi');
const EMAIL = address(AT_SIGN, DOT);
const WRITTEN_EMAIL = address(WRITTEN_AT, WRITTEN_DOT);

function emails(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((match) => {
    const [start, end] = match.indices![0]!;
    const [, localEnd] = match.indices!.groups!.local!;
    return { kind: 'EMAIL_ADDRESS', start, end, hidden: { start: start + 1, end: localEnd } };
  });
}

/** Addresses with "@" first, so that "him at minh@example.vn" is one address, not two. */
export const emailAddresses: Detector = (text) => [...emails(EMAIL, text), ...emails(WRITTEN_EMAIL, text)];
