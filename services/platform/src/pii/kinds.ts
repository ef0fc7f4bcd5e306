// The kinds of personal data the screen looks for, in the order the GraphQL enum PiiKind lists them.

export const PII_KINDS = [
  'RESIDENCE_CARD_NUMBER',
  'MY_NUMBER',
  'PASSPORT_NUMBER',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'POSTAL_ADDRESS',
  'STREET_ADDRESS',
  'DATE_OF_BIRTH',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** What replaces a finding in masked text (exports): the kind, never the value. */
export const PLACEHOLDERS: Record<PiiKind, string> = {
  RESIDENCE_CARD_NUMBER: '［在留カード番号］',
  MY_NUMBER: '［個人番号］',
  PASSPORT_NUMBER: '［旅券番号］',
  EMAIL_ADDRESS: '［メールアドレス］',
  PHONE_NUMBER: '［電話番号］',
  POSTAL_ADDRESS: '［郵便番号］',
  STREET_ADDRESS: '［番地］',
  DATE_OF_BIRTH: '［生年月日］',
};

/** A finding in the normalised text: [start, end), and a part that even an excerpt must hide. */
export interface Span {
  kind: PiiKind;
  start: number;
  end: number;
  hidden?: { start: number; end: number };
}

export type Detector = (text: string) => Span[];

/**
 * The spans of a pattern (which needs the `d` and `g` flags): its `value` group where it has
 * one, so that words around the data (生年月日, 〒) stay readable, else the whole match.
 */
export function matchSpans(kind: PiiKind, pattern: RegExp, text: string, accept: (match: RegExpExecArray) => boolean = () => true): Span[] {
  return [...text.matchAll(pattern)].filter(accept).map((match) => {
    const [start, end] = match.indices!.groups?.value ?? match.indices![0]!;
    return { kind, start, end };
  });
}

/** Digits only, for validating a number however it was grouped. */
export const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The text before `index` within its sentence, at most `length` characters. */
export function sentenceBefore(text: string, index: number, length: number): string {
  const window = text.slice(Math.max(0, index - length), index);
  const sentenceStart = Math.max(0, ...[...window.matchAll(/[。！？\n]|\. /g)].map((m) => m.index + m[0].length));
  return window.slice(sentenceStart);
}
