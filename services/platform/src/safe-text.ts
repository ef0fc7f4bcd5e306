/**
 * The longest string any input may carry (MAX_STRING_LENGTH), in characters: above every
 * field's own limit (the longest, an announcement's or a case study's body, is 20,000), so
 * that a field's own message still names its limit, yet far below the request body limit.
 */
export const DEFAULT_MAX_STRING_LENGTH = 50_000;

// C0 control characters except tab, line feed and carriage return, and DEL. Postgres
// refuses NUL in text outright; the rest are invisible and corrupt logs, CSV exports and
// terminals.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// With the u flag a surrogate pair is one code point, so only an unpaired half matches:
// such a string has no UTF-8 form and cannot be stored.
const LONE_SURROGATE = /\p{Cs}/u;

export const CONTROL_CHARACTER_MESSAGE = 'must not contain control characters';
export const LONE_SURROGATE_MESSAGE = 'must be valid Unicode text (it has an unpaired surrogate)';
export const tooLongMessage = (max: number) => `must be at most ${max} characters`;

/** Length in code points, as people count characters (an emoji is one). */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}

/** Why a text no user should send is refused (control characters, unpaired surrogates), or undefined. */
export function unsafeTextProblem(text: string): string | undefined {
  if (CONTROL_CHARACTER.test(text)) return CONTROL_CHARACTER_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return undefined;
}

/** Like unsafeTextProblem, and refusing a text of more than `max` characters. */
export function textProblem(text: string, max: number): string | undefined {
  // Code points never outnumber UTF-16 units: only a long string needs counting.
  if (text.length > max && codePointLength(text) > max) return tooLongMessage(max);
  return unsafeTextProblem(text);
}
