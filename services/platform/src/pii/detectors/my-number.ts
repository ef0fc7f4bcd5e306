import { digitsOf, matchSpans, type Detector } from '../kinds';

// My Number (個人番号): eleven digits and a check digit defined by ministerial ordinance. Checking it keeps
// ordinary twelve-digit numbers from being reported: only about one in ten passes by chance.

/** The check digit of the first eleven digits of a My Number. */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  // n counts from the rightmost of the eleven digits: weights n + 1 for n ≤ 6, n − 5 above.
  for (let n = 1; n <= 11; n++) {
    const digit = Number(first11[11 - n]);
    sum += digit * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return remainder <= 1 ? 0 : 11 - remainder;
}

/** Twelve digits whose last one is the check digit of the others. */
export function isValidMyNumber(digits: string): boolean {
  return /^\d{12}$/.test(digits) && myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

// Exactly twelve digits, as one run or 4-4-4 with the same separator; reported when the
// check digit holds or the text calls it a My Number just before.
const TWELVE_DIGITS = /(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}(?!\d|-\d)/dg;
const MY_NUMBER_WORDS = /マイナンバー|個人番号|通知カード|my ?number/i;
const WORDS_REACH = 16;

export const myNumbers: Detector = (text) =>
  matchSpans(
    'MY_NUMBER',
    TWELVE_DIGITS,
    text,
    (m) => isValidMyNumber(digitsOf(m[0])) || MY_NUMBER_WORDS.test(text.slice(Math.max(0, m.index - WORDS_REACH), m.index)),
  );
