import { matchSpans, type Detector } from '../kinds';

// 旅券番号: Japanese passports are two capital letters and seven digits (TK1234567); other
// countries' formats (B1234567, C01X00T47, P1234567A) are recognised by the word before them.
const JAPANESE_PASSPORT = /(?<![A-Za-z0-9])[A-Z]{2}[ -]?\d{7}(?![A-Za-z0-9])/dg;
const NAMED_PASSPORT =
  /(?:旅券|パスポート|passport) ?(?:番号|ナンバー|number|no\b[.-]?|#)?(?: is)?[ :：はの(（]*(?:番号[ :：は]*)?(?<value>[A-Za-z0-9]{1,3}[ -]?[A-Za-z0-9]{4,12})(?![A-Za-z0-9])/dgi;
const MIN_DIGITS = 4;

export const passportNumbers: Detector = (text) => [
  ...matchSpans('PASSPORT_NUMBER', JAPANESE_PASSPORT, text),
  ...matchSpans('PASSPORT_NUMBER', NAMED_PASSPORT, text, (m) => m.groups!.value!.replace(/\D/g, '').length >= MIN_DIGITS),
];
